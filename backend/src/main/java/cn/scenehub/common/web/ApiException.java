package cn.scenehub.common.web;

import java.time.Duration;
import java.util.List;

import io.micronaut.http.HttpStatus;

/**
 * A refusal the API explains: becomes a problem+json answer with this status, the message as
 * its detail, and {@code errors} naming the fields at fault.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<Problem.FieldError> fieldErrors;
    private final Duration retryAfter;

    public ApiException(HttpStatus status, String message) {
        this(status, message, List.of(), null);
    }

    public ApiException(HttpStatus status, String message, List<Problem.FieldError> fieldErrors, Duration retryAfter) {
        super(message);
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public static ApiException badField(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " 不存在 (not found)");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message);
    }

    public static ApiException tooManyRequests(String message, Duration retryAfter) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, message, List.of(), retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
