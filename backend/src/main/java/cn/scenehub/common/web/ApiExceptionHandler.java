package cn.scenehub.common.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** {@link ApiException} → problem+json with its status, detail, field errors and Retry-After. */
@Produces
@Singleton
class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    ApiExceptionHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ApiException exception) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
        if (exception.fieldErrors().isEmpty()) {
            context.errorMessage(exception.getMessage());
        } else {
            context.errors(exception.fieldErrors().stream().map(f -> FieldErrors.of(f.field(), f.message())).toList());
        }
        MutableHttpResponse<?> response = HttpResponse.status(exception.status());
        if (exception.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, exception.retryAfter().toSeconds())));
        }
        return errors.processResponse(context.build(), response);
    }
}
