package cn.scenehub.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import cn.scenehub.account.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/**
 * Admins import scenario lists and provider pools in the exchange format: a JSON array,
 * NDJSON, or an .xlsx (or .json/.ndjson) file uploaded as multipart field {@code file}.
 * {@code ?status=} sets the status of new records; {@code ?async=true} forces a background job.
 */
@Controller("/api/v1/admin/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @Post("/scenarios")
    @Consumes({MediaType.APPLICATION_JSON, ImportFormat.NDJSON_TYPE})
    HttpResponse<?> scenarios(@Body InputStream body, HttpRequest<?> request, @Nullable @QueryValue String status,
                              @QueryValue(defaultValue = "false") boolean async, CurrentUser user) {
        return answer(imports.run(ImportService.Kind.SCENARIOS, spool(body),
                ImportFormat.of(request.getContentType().orElse(null)), status, async, user));
    }

    @Post("/scenarios")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> scenarioFile(@Part("file") CompletedFileUpload file, @Nullable @QueryValue String status,
                                 @QueryValue(defaultValue = "false") boolean async, CurrentUser user) {
        return answer(imports.run(ImportService.Kind.SCENARIOS, spool(file), formatOf(file), status, async, user));
    }

    @Post("/providers")
    @Consumes({MediaType.APPLICATION_JSON, ImportFormat.NDJSON_TYPE})
    HttpResponse<?> providers(@Body InputStream body, HttpRequest<?> request, @Nullable @QueryValue String status,
                              @QueryValue(defaultValue = "false") boolean async, CurrentUser user) {
        return answer(imports.run(ImportService.Kind.PROVIDERS, spool(body),
                ImportFormat.of(request.getContentType().orElse(null)), status, async, user));
    }

    @Post("/providers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> providerFile(@Part("file") CompletedFileUpload file, @Nullable @QueryValue String status,
                                 @QueryValue(defaultValue = "false") boolean async, CurrentUser user) {
        return answer(imports.run(ImportService.Kind.PROVIDERS, spool(file), formatOf(file), status, async, user));
    }

    /** Progress of a background import, and its full result once done. */
    @Get("/jobs/{id}")
    ImportJob job(long id) {
        return imports.job(id);
    }

    private static HttpResponse<?> answer(Object outcome) {
        if (outcome instanceof ImportJob job) {
            return HttpResponse.accepted().header("Location", "/api/v1/admin/imports/jobs/" + job.id()).body(job);
        }
        return HttpResponse.ok(outcome);
    }

    private static ImportFormat formatOf(CompletedFileUpload file) {
        String name = file.getFilename() == null ? "" : file.getFilename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return ImportFormat.NDJSON;
        }
        return name.endsWith(".json") ? ImportFormat.JSON : ImportFormat.XLSX;
    }

    private static Path spool(CompletedFileUpload file) {
        try (InputStream in = file.getInputStream()) {
            return spool(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the upload to a temporary file, so reading it needs no memory for the whole. */
    private static Path spool(InputStream in) {
        try {
            Path file = Files.createTempFile("scenehub-import-", ".upload");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
