package cn.scenehub.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * The one place where errors become problem+json: Micronaut's own handlers (validation, bad
 * JSON, missing parameters, 404/405) and ours all pass their {@link ErrorContext} through here.
 */
@Singleton
@Primary
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        List<Problem.FieldError> fields = new ArrayList<>();
        for (Error error : context.getErrors()) {
            error.getPath().ifPresent(field -> fields.add(new Problem.FieldError(field, error.getMessage())));
        }
        String detail = context.getErrors().stream()
                .map(e -> e.getPath().map(p -> p + ": ").orElse("") + e.getMessage())
                .collect(Collectors.joining("; "));
        return new Problem(
                "about:blank",
                response.reason(),
                response.code(),
                detail.isEmpty() ? null : detail,
                context.getRequest().getPath(),
                fields.isEmpty() ? null : fields);
    }

    @Override
    public String contentType() {
        return Problem.CONTENT_TYPE;
    }
}
