package cn.scenehub.vocabulary;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

/** A synonym group an administrator added: new, or extending the one group its terms share. */
@MappedEntity("synonym_group")
public record SynonymGroup(
        @Id @GeneratedValue @Nullable Long id,
        @TypeDef(type = DataType.JSON) List<String> terms,
        String createdBy,
        Instant createdAt) {
}
