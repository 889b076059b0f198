package cn.scenehub.vocabulary;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A term an administrator added to the segmentation dictionary. */
@Serdeable
@MappedEntity("dictionary_term")
public record DictionaryTerm(
        @Id @GeneratedValue @Nullable Long id,
        String term,
        String normalized,
        String createdBy,
        Instant createdAt) {
}
