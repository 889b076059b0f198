package cn.scenehub.imports.sheet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import cn.scenehub.common.web.Problem;
import io.micronaut.core.annotation.Nullable;

/**
 * Streams the records of one sheet laid out as {@code columns}: the first non-empty row is the
 * header, matched by {@link Cells#headerKey}; each later row becomes a record, rows whose known
 * columns are all empty are skipped. Holds one row at a time (plus the streaming reader's small
 * row cache).
 */
final class TableReader implements Iterator<SheetRow> {

    private record Bound(Column column, int index, long scale) {
    }

    private final String sheetName;
    private final Iterator<Row> rows;
    private final List<Bound> bound;
    private final boolean date1904;
    private final int headerRow;
    private @Nullable SheetRow next;
    private int lastRowNumber;

    /**
     * @param emptyAllowed whether a sheet with no header at all is read as no records (an optional
     *                     sheet left empty) instead of failing for its missing columns
     */
    TableReader(Sheet sheet, List<Column> columns, boolean date1904, boolean emptyAllowed) {
        this.sheetName = sheet.getSheetName();
        this.date1904 = date1904;
        this.rows = guard(sheet::rowIterator);
        Row header = null;
        while (header == null && hasMoreRows()) {
            Row row = nextRow();
            if (!isEmpty(row)) {
                header = row;
            }
        }
        if (header == null) {
            if (!emptyAllowed) {
                throw new MissingColumnsException(sheetName, requiredHeaders(columns));
            }
            this.bound = List.of();
            this.headerRow = -1;
            return;
        }
        this.headerRow = header.getRowNum();
        this.bound = bind(header, columns);
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (column.required() && bound.stream().noneMatch(b -> b.column() == column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnsException(sheetName, missing);
        }
    }

    String sheetName() {
        return sheetName;
    }

    @Override
    public boolean hasNext() {
        while (next == null && headerRow >= 0 && hasMoreRows()) {
            Row row = nextRow();
            next = read(row);
        }
        return next != null;
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow row = next;
        next = null;
        return row;
    }

    private @Nullable SheetRow read(Row row) {
        Map<String, Object> record = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean any = false;
        for (Bound b : bound) {
            Cell cell = row.getCell(b.index());
            if (Cells.isBlank(cell)) {
                continue;
            }
            any = true;
            Column column = b.column();
            try {
                Object value = Cells.read(cell, column.kind(), b.scale(), date1904);
                if (value != null) {
                    for (String path : column.paths()) {
                        put(record, path, value);
                    }
                }
            } catch (Cells.BadCell e) {
                errors.add(new Problem.FieldError(column.field(),
                        "「" + column.header() + "」" + e.getMessage() + "：" + Cells.shown(cell)));
            }
        }
        if (!any) {
            return null;
        }
        return new SheetRow(row.getRowNum() - headerRow - 1, row.getRowNum() + 1, record, errors);
    }

    /** Sets a dotted path such as {@code enterprise.name}, creating the nested object. */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> record, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            record.put(path, value);
            return;
        }
        Map<String, Object> inner = (Map<String, Object>) record.computeIfAbsent(
                path.substring(0, dot), k -> new LinkedHashMap<String, Object>());
        put(inner, path.substring(dot + 1), value);
    }

    private List<Bound> bind(Row header, List<Column> columns) {
        List<Bound> result = new ArrayList<>();
        for (Cell cell : header) {
            if (Cells.isBlank(cell)) {
                continue;
            }
            String key = Cells.headerKey(text(cell));
            for (Column column : columns) {
                long scale = scaleFor(column, key);
                if (scale > 0 && result.stream().noneMatch(b -> b.column() == column)) {
                    // The first column with a header wins; a repeated header is ignored.
                    result.add(new Bound(column, cell.getColumnIndex(), scale));
                    break;
                }
            }
        }
        // Report fields in the layout's order, whatever the sheet's column order.
        result.sort((a, b) -> Integer.compare(columns.indexOf(a.column()), columns.indexOf(b.column())));
        return List.copyOf(result);
    }

    private static String text(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> Cells.plain(cell.getNumericCellValue());
            default -> Cells.shown(cell);
        };
    }

    /** 1 when {@code key} is the column's header, an alias's scale for an alias, else 0. */
    private static long scaleFor(Column column, String key) {
        if (Cells.headerKey(column.header()).equals(key)) {
            return 1;
        }
        for (Column.Alias alias : column.aliases()) {
            if (Cells.headerKey(alias.header()).equals(key)) {
                return alias.scale();
            }
        }
        return 0;
    }

    private static List<String> requiredHeaders(List<Column> columns) {
        return columns.stream().filter(Column::required).map(Column::header).toList();
    }

    private static boolean isEmpty(Row row) {
        for (Cell cell : row) {
            if (!Cells.isBlank(cell)) {
                return false;
            }
        }
        return true;
    }

    // The streaming reader parses XML lazily, so a broken file fails while rows are read.

    private boolean hasMoreRows() {
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw broken(e);
        }
    }

    private Row nextRow() {
        try {
            Row row = rows.next();
            lastRowNumber = row.getRowNum() + 1;
            return row;
        } catch (RuntimeException e) {
            throw broken(e);
        }
    }

    private SheetFormatException broken(RuntimeException e) {
        if (e instanceof SheetFormatException s) {
            return s;
        }
        return new SheetFormatException("工作表「" + sheetName + "」在第 " + (lastRowNumber + 1)
                + " 行附近无法读取，文件可能已损坏：" + e.getMessage(), e);
    }

    private static <T> T guard(java.util.function.Supplier<T> open) {
        try {
            return open.get();
        } catch (RuntimeException e) {
            throw new SheetFormatException("无法读取工作表：" + e.getMessage(), e);
        }
    }
}
