package cn.scenehub.common.web;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 7807 problem detail, as every error of the API is answered
 * ({@code application/problem+json}). {@code errors} names each offending field.
 */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    @Serdeable
    public record FieldError(String field, String message) {
    }
}
