package cn.scenehub.common.web;

import cn.scenehub.search.index.SearchIndexException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
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
 * OpenSearch down or refusing: 503 problem+json with Retry-After, never a 500. The database
 * stays the source of truth, so clients can simply try again.
 */
@Produces
@Singleton
@Requires(classes = {SearchIndexException.class, ExceptionHandler.class})
class SearchUnavailableHandler implements ExceptionHandler<SearchIndexException, HttpResponse<?>> {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger LOG = LoggerFactory.getLogger(SearchUnavailableHandler.class);

    private final ErrorResponseProcessor<?> errors;

    SearchUnavailableHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SearchIndexException exception) {
        LOG.warn("search unavailable for {}: {}", request.getPath(), exception.getMessage());
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .errorMessage("搜索服务暂时不可用，请稍后重试 (search is temporarily unavailable)")
                        .build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
    }
}
