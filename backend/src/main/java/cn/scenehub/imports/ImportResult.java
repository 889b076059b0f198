package cn.scenehub.imports;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The answer to an import, a contract: how many records were created and updated, every
 * rejected record with its index, externalId and the fields at fault, and the ids of the
 * records by externalId.
 */
@Serdeable
public record ImportResult(int created, int updated, List<Rejected> rejected, Map<String, Long> ids) {

    @Serdeable
    public record Rejected(int index, @Nullable String externalId, List<FieldError> errors) {
    }

    @Serdeable
    public record FieldError(String field, String message) {
    }
}
