package cn.scenehub.imports;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

/** A background import: its progress while running, its full result when done. */
@Serdeable
@MappedEntity("import_job")
public record ImportJob(
        @Id @GeneratedValue @Nullable Long id,
        String kind,
        String status,
        int processed,
        int created,
        int updated,
        int rejectedCount,
        @Nullable @TypeDef(type = DataType.JSON) ImportResult result,
        @Nullable String error,
        String createdBy,
        Instant createdAt,
        @Nullable Instant finishedAt) {
}
