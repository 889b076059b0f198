package cn.scenehub.common.web;

import java.util.Optional;

import io.micronaut.http.server.exceptions.response.Error;

/** A field-level error in the form Micronaut's error processing carries to {@link ProblemBodyProvider}. */
final class FieldErrors {

    private FieldErrors() {
    }

    static Error of(String field, String message) {
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(field);
            }

            @Override
            public String getMessage() {
                return message;
            }
        };
    }
}
