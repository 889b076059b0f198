package cn.scenehub.common.web;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Two writers raced on the same version: the loser gets 409, as with a stale version it sent. */
@Produces
@Singleton
class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    OptimisticLockHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
        return errors.processResponse(ErrorContext.builder(request).cause(exception)
                        .errorMessage("该记录已被他人修改，请刷新后重试 (changed concurrently)").build(),
                HttpResponse.status(HttpStatus.CONFLICT));
    }
}
