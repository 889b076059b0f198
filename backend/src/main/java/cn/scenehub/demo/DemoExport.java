package cn.scenehub.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo catalogue as exchange-format JSON files:
 * {@code java -cp backend/target/classes cn.scenehub.demo.DemoExport [year] [directory]} writes
 * {@code scenarios-<year>.json}, {@code providers-<year>.json} and a five-of-each
 * {@code demo-sample-<year>.json} for reading.
 */
public final class DemoExport {

    private DemoExport() {
    }

    public static void main(String[] args) throws IOException {
        int year = args.length > 0 ? Integer.parseInt(args[0]) : DemoCatalogue.DEFAULT_POOL_YEAR;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/demo");
        for (Path p : export(year, dir)) {
            System.out.println(p);
        }
    }

    public static List<Path> export(int year, Path dir) throws IOException {
        DemoCatalogue catalogue = new DemoCatalogue(year);
        List<Map<String, Object>> scenarios = catalogue.scenarios(year);
        List<Map<String, Object>> providers = catalogue.providers();
        Files.createDirectories(dir);
        Path s = write(dir.resolve("scenarios-" + year + ".json"), scenarios);
        Path p = write(dir.resolve("providers-" + year + ".json"), providers);
        Map<String, Object> five = new LinkedHashMap<>();
        five.put("scenarios", sample(scenarios));
        five.put("providers", sample(providers));
        Path sample = write(dir.resolve("demo-sample-" + year + ".json"), five);
        return List.of(s, p, sample);
    }

    /** Five spread over the list, so the sample is not only the first batch's first rows. */
    static List<Map<String, Object>> sample(List<Map<String, Object>> all) {
        int step = all.size() / 5;
        return List.of(all.get(0), all.get(step + 7), all.get(2 * step + 13), all.get(3 * step + 3), all.get(4 * step + 11));
    }

    private static Path write(Path file, Object value) throws IOException {
        Files.writeString(file, DemoJson.write(value), StandardCharsets.UTF_8);
        return file;
    }
}
