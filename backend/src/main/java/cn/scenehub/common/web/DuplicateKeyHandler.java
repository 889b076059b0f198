package cn.scenehub.common.web;

import java.sql.SQLIntegrityConstraintViolationException;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two requests raced to create the same thing (a second live proposal, a second invitation):
 * the unique key refuses the loser, who gets 409 as if it had come second. Other database
 * failures stay 500s and are logged.
 */
@Produces
@Singleton
class DuplicateKeyHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateKeyHandler.class);

    private final ErrorResponseProcessor<?> errors;

    DuplicateKeyHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException && String.valueOf(t.getMessage()).contains("Duplicate")) {
                return errors.processResponse(ErrorContext.builder(request).cause(exception)
                        .errorMessage("记录已存在 (already exists)").build(), HttpResponse.status(HttpStatus.CONFLICT));
            }
        }
        LOG.error("database failure on {} {}", request.getMethod(), request.getPath(), exception);
        return errors.processResponse(ErrorContext.builder(request).cause(exception)
                .errorMessage("Internal Server Error").build(), HttpResponse.serverError());
    }
}
