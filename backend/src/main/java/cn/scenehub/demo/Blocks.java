package cn.scenehub.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo vocabulary files under {@code demo/}: UTF-8 text in blocks. A block starts with
 * {@code == header words}; each following {@code key: value} line adds one value to that key
 * (keys repeat for more values); {@code #} starts a comment line. Order is kept everywhere, so
 * what is generated never depends on hash order.
 */
final class Blocks {

    record Block(String source, List<String> header, Map<String, List<String>> fields) {

        List<String> all(String key) {
            return fields.getOrDefault(key, List.of());
        }

        String one(String key, String fallback) {
            List<String> values = all(key);
            return values.isEmpty() ? fallback : values.get(0);
        }

        /** The values of {@code key}, each split at top-level {@code |} (braces protect). */
        List<String> items(String key) {
            List<String> out = new ArrayList<>();
            for (String value : all(key)) {
                for (String item : Template.splitTopLevel(value, '|')) {
                    if (!item.isBlank()) {
                        out.add(item.trim());
                    }
                }
            }
            return out;
        }

        String where() {
            return source + " [" + String.join(" ", header) + "]";
        }
    }

    private Blocks() {
    }

    static List<Block> load(String resource) {
        InputStream in = Blocks.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing demo resource " + resource);
        }
        List<Block> blocks = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            Map<String, List<String>> fields = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("==")) {
                    if (header != null) {
                        blocks.add(new Block(resource, header, freeze(fields)));
                    }
                    header = List.of(trimmed.substring(2).trim().split("\\s+"));
                    fields = new LinkedHashMap<>();
                    continue;
                }
                int colon = trimmed.indexOf(':');
                if (header == null || colon <= 0) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 'key: value' in a block");
                }
                String key = trimmed.substring(0, colon).trim();
                String value = trimmed.substring(colon + 1).trim();
                fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            if (header != null) {
                blocks.add(new Block(resource, header, freeze(fields)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(blocks);
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> fields) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
