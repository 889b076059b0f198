package cn.scenehub.imports.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a sheet layout: its Chinese header, where its value goes in the JSON record
 * (the first path names the field in errors; a column such as 企业所在区市 fills more than one),
 * how the cell is typed, and its width when written.
 */
record Column(String header, List<String> paths, Kind kind, boolean required, int width, List<Alias> aliases) {

    enum Kind {
        /** Trimmed text; a number typed into the cell becomes its plain digits (370211.0 → "370211"). */
        TEXT,
        /** A whole number (年度, 成熟度等级, 年份). */
        INTEGER,
        /** A whole amount in yuan; text such as "60万" is understood. */
        YUAN,
        /** An ISO {@code YYYY-MM-DD} string, from a date cell or text such as 2026/9/30. */
        DATE,
        /** A list of strings, one cell separated by 、 , ， ; ； or line breaks. */
        LIST
    }

    /** Another header accepted when reading, whose numbers are multiplied by {@code scale} (e.g. 万元). */
    record Alias(String header, long scale) {
    }

    static Column of(String header, String path, Kind kind, int width) {
        return new Column(header, List.of(path), kind, false, width, List.of());
    }

    Column asRequired() {
        return new Column(header, paths, kind, true, width, aliases);
    }

    Column alsoAt(String path) {
        List<String> more = new ArrayList<>(paths);
        more.add(path);
        return new Column(header, List.copyOf(more), kind, required, width, aliases);
    }

    Column alias(String otherHeader, long scale) {
        List<Alias> more = new ArrayList<>(aliases);
        more.add(new Alias(otherHeader, scale));
        return new Column(header, paths, kind, required, width, List.copyOf(more));
    }

    /** The JSON field this column is reported as. */
    String field() {
        return paths.get(0);
    }
}
