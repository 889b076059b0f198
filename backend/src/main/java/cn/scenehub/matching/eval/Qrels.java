package cn.scenehub.matching.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Graded judgements: {@code scenarioExternalId<TAB>providerExternalId<TAB>grade} per line; other lines are skipped. */
public final class Qrels {

    private Qrels() {
    }

    public static Map<String, Map<String, Integer>> read(Path file) {
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.strip().split("\t");
                if (fields.length == 3 && fields[2].strip().matches("\\d")) {
                    grades.computeIfAbsent(fields[0].strip(), k -> new HashMap<>())
                            .put(fields[1].strip(), Integer.parseInt(fields[2].strip()));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        return grades;
    }
}
