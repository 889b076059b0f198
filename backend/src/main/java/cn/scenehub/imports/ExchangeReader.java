package cn.scenehub.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads exchange-format records one at a time from a JSON array or NDJSON, so a large file is
 * never held in memory whole. A malformed NDJSON line rejects that line only; a JSON array
 * that breaks off stops the file there (what came before it stands).
 */
public final class ExchangeReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Receives each record, or the reason it could not be read. */
    public interface Sink {
        void record(int index, Map<String, Object> record);

        void unreadable(int index, String message);

        /** A record whose cells could not be read as the format requires (spreadsheets). */
        void invalid(int index, String externalId, java.util.List<ImportResult.FieldError> errors);
    }

    private ExchangeReader() {
    }

    static void readNdjson(InputStream in, Sink sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int index = 0;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Object value = JSON.readValue(line, Object.class);
                if (value instanceof Map<?, ?> map) {
                    sink.record(index, cast(map));
                } else {
                    sink.unreadable(index, "每行应为一个 JSON 对象 (each line must be a JSON object)");
                }
            } catch (JsonProcessingException e) {
                sink.unreadable(index, "JSON 语法错误: " + e.getOriginalMessage());
            }
            index++;
        }
    }

    static void readJsonArray(InputStream in, Sink sink) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(in)) {
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (JsonProcessingException e) {
                sink.unreadable(0, "JSON 语法错误: " + e.getOriginalMessage());
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                sink.unreadable(0, "应为 JSON 数组 (expected a JSON array of records)");
                return;
            }
            int index = 0;
            while (true) {
                JsonToken token;
                try {
                    token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        return;
                    }
                    if (token != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        sink.unreadable(index++, "数组元素应为 JSON 对象 (each element must be an object)");
                        continue;
                    }
                    sink.record(index, cast(JSON.readValue(parser, Map.class)));
                } catch (JsonProcessingException e) {
                    sink.unreadable(index, "JSON 语法错误，其后的内容未导入: " + e.getOriginalMessage());
                    return;
                }
                index++;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
