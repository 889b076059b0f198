package cn.scenehub.imports.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.scenehub.common.web.ApiException;
import cn.scenehub.imports.ExchangeReader;
import cn.scenehub.imports.ImportResult;
import cn.scenehub.imports.ImportService;
import cn.scenehub.imports.SpreadsheetReader;
import cn.scenehub.imports.SpreadsheetWriter;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

/**
 * Plugs the workbooks into imports and exports. A row whose cells do not read is rejected with
 * its fields named; a workbook without the required columns is refused whole (400).
 */
@Singleton
class SheetAdapter implements SpreadsheetReader, SpreadsheetWriter {

    @Override
    public void read(ImportService.Kind kind, InputStream xlsx, ExchangeReader.Sink sink) throws IOException {
        try (SheetRows rows = kind == ImportService.Kind.SCENARIOS ? ScenarioSheet.open(xlsx) : ProviderSheet.open(xlsx)) {
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                if (row.hasErrors()) {
                    sink.invalid(row.index(), row.externalId(), row.errors().stream()
                            .map(e -> new ImportResult.FieldError(e.field(), e.message())).toList());
                } else {
                    sink.record(row.index(), row.record());
                }
            }
        } catch (SheetFormatException e) { // missing columns included
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage(),
                    List.of(new cn.scenehub.common.web.Problem.FieldError("file", e.getMessage())), null);
        }
    }

    /** Workbooks are written from a list: SXSSF streams rows to disk, the records are the only copy in memory. */
    @Override
    public void write(ImportService.Kind kind, OutputStream out, Consumer<Consumer<Map<String, Object>>> records) {
        List<Map<String, Object>> all = new ArrayList<>();
        records.accept(all::add);
        if (kind == ImportService.Kind.SCENARIOS) {
            ScenarioSheet.write(out, all);
        } else {
            ProviderSheet.write(out, all);
        }
    }
}
