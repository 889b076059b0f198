package cn.scenehub.common.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Cache headers of the portal's files. Vite puts a content hash into every name under
 * /assets/, so a changed file gets a new name: those are cached for a year and never
 * revalidated. index.html names the current hashes, so browsers must revalidate it on every
 * load (no-cache), or a deployment would leave them on old, deleted assets.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PortalCacheHeaders {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @ResponseFilter
    void cacheHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return;
        }
        String path = request.getPath();
        if (path.startsWith("/assets/")) {
            set(response, response.status() == HttpStatus.OK ? IMMUTABLE : REVALIDATE);
        } else if (path.equals("/") || path.equals("/index.html")) {
            set(response, REVALIDATE);
        }
    }

    /** Replaces the static resolver's "private, max-age=60"; its Expires yields to Cache-Control (RFC 9111). */
    private static void set(MutableHttpResponse<?> response, String cacheControl) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
