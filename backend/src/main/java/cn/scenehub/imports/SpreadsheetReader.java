package cn.scenehub.imports;

import java.io.IOException;
import java.io.InputStream;

/** Reads an .xlsx upload of the exchange format into records (implemented in {@code imports.sheet}). */
public interface SpreadsheetReader {

    void read(ImportService.Kind kind, InputStream xlsx, ExchangeReader.Sink sink) throws IOException;
}
