package cn.scenehub.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Consumer;

/** Writes exchange-format records as an .xlsx workbook (implemented in {@code imports.sheet}). */
public interface SpreadsheetWriter {

    /** Calls {@code records} with a sink; everything the sink receives goes into the workbook. */
    void write(ImportService.Kind kind, OutputStream out, Consumer<Consumer<Map<String, Object>>> records) throws IOException;
}
