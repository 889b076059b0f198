package cn.scenehub.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

/**
 * Deep links into the single-page portal (/scenarios/12 reloaded in the browser) get the
 * portal's index.html; everything else that is not found — API paths, assets, non-HTML
 * clients — gets a 404 problem.
 */
@Controller
class PortalRoutes {

    private static final String INDEX = "classpath:public/index.html";

    private final ErrorResponseProcessor<?> errors;
    private final byte[] indexHtml;

    PortalRoutes(ErrorResponseProcessor<?> errors, ResourceResolver resources) {
        this.errors = errors;
        this.indexHtml = resources.getResourceAsStream(INDEX).map(PortalRoutes::read).orElse(null);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (indexHtml != null && isPortalPage(request)) {
            return HttpResponse.ok(indexHtml).contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-cache");
        }
        return errors.processResponse(
                ErrorContext.builder(request).errorMessage("没有找到 " + request.getPath() + " (not found)").build(),
                HttpResponse.notFound());
    }

    private static boolean isPortalPage(HttpRequest<?> request) {
        String path = request.getPath();
        boolean apiOrAsset = path.startsWith("/api/") || path.startsWith("/assets/")
                || path.startsWith("/health") || path.lastIndexOf('.') > path.lastIndexOf('/');
        Optional<String> accept = request.getHeaders().findFirst("Accept");
        return !apiOrAsset && accept.map(a -> a.contains(MediaType.TEXT_HTML)).orElse(false);
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
