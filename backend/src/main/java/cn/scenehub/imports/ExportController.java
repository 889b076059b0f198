package cn.scenehub.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import cn.scenehub.common.web.ApiException;
import cn.scenehub.provider.PoolStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Exports in the exchange format, as JSON ({@code ?format=json}, the default) or .xlsx: full
 * records for administrators; a published annual list and the listed provider pool for everyone.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class ExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExportService exports;
    private final List<SpreadsheetWriter> spreadsheets;

    ExportController(ExportService exports, List<SpreadsheetWriter> spreadsheets) {
        this.exports = exports;
        this.spreadsheets = spreadsheets;
    }

    @Get("/api/v1/admin/exports/scenarios")
    HttpResponse<Writable> scenarios(@Nullable @QueryValue Integer year, @QueryValue(defaultValue = "json") String format) {
        return file(ImportService.Kind.SCENARIOS, format, "scenarios" + (year == null ? "" : "-" + year),
                sink -> exports.scenarios(year, sink));
    }

    @Get("/api/v1/admin/exports/providers")
    HttpResponse<Writable> providers(@Nullable @QueryValue PoolStatus poolStatus,
                                     @QueryValue(defaultValue = "json") String format) {
        Set<PoolStatus> statuses = poolStatus == null ? EnumSet.allOf(PoolStatus.class) : EnumSet.of(poolStatus);
        return file(ImportService.Kind.PROVIDERS, format, "providers", sink -> exports.providers(statuses, true, sink));
    }

    @Get("/api/v1/providers/export")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Writable> listedProviders(@QueryValue(defaultValue = "json") String format) {
        return file(ImportService.Kind.PROVIDERS, format, "provider-pool",
                sink -> exports.providers(EnumSet.of(PoolStatus.LISTED), false, sink));
    }

    @Get("/api/v1/annual-lists/by-slug/{slug}/export")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Writable> annualList(@PathVariable String slug, @QueryValue(defaultValue = "json") String format) {
        exports.annualList(slug, record -> { }); // 404 before the download starts if there is no such list
        return file(ImportService.Kind.SCENARIOS, format, "annual-list-" + slug, sink -> exports.annualList(slug, sink));
    }

    private HttpResponse<Writable> file(ImportService.Kind kind, String format, String name,
                                        Consumer<Consumer<Map<String, Object>>> records) {
        boolean xlsx = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> false;
            case "xlsx" -> true;
            default -> throw ApiException.badField("format", "只能是 json 或 xlsx");
        };
        if (xlsx && spreadsheets.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_IMPLEMENTED, "暂不支持 .xlsx 导出");
        }
        Writable body = new Writable() {
            @Override
            public void writeTo(OutputStream out, @Nullable Charset charset) throws IOException {
                if (xlsx) {
                    spreadsheets.get(0).write(kind, out, records);
                } else {
                    try (var array = ExportService.jsonArray(out)) {
                        records.accept(array);
                    }
                }
            }

            @Override
            public void writeTo(Writer out) {
                throw new UnsupportedOperationException("binary body");
            }
        };
        return HttpResponse.ok(body)
                .contentType(xlsx ? MediaType.of(XLSX) : MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".json") + "\"");
    }
}
