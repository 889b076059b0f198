package cn.scenehub.imports;

import io.micronaut.http.MediaType;

/** The encodings of the exchange format an upload may use. */
enum ImportFormat {
    JSON, NDJSON, XLSX;

    static final String NDJSON_TYPE = "application/x-ndjson";

    static ImportFormat of(MediaType type) {
        if (type == null) {
            return JSON;
        }
        String name = type.getName();
        if (NDJSON_TYPE.equals(name)) {
            return NDJSON;
        }
        return JSON;
    }
}
