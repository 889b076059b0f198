package cn.scenehub.imports.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.micronaut.core.annotation.Nullable;

/**
 * Writes records as rows of one sheet: a bold, frozen header row with a filter, fixed column
 * widths, lists joined with 、, amounts and years as numbers, everything else as text cells in
 * text-formatted columns (so codes such as 370211 stay text when a user edits them).
 */
final class TableWriter {

    /** Rows kept in memory per sheet while writing; older rows are flushed to a temp file. */
    static final int WINDOW = 100;

    /** Excel's limit for one cell's text. */
    private static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final Styles styles;
    private int nextRow = 1;

    TableWriter(SXSSFWorkbook workbook, Styles styles, String sheetName, List<Column> columns) {
        this.sheet = workbook.createSheet(sheetName);
        this.columns = columns;
        this.styles = styles;
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.max(column.width(), column.header().length() * 2 + 2) * 256);
            sheet.setDefaultColumnStyle(i, column.kind() == Column.Kind.INTEGER ? styles.integer
                    : column.kind() == Column.Kind.YUAN ? styles.yuan : styles.text);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    }

    void write(Map<String, ?> record) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Object value = null;
            for (String path : column.paths()) {
                value = get(record, path);
                if (value != null) {
                    break;
                }
            }
            if (value != null) {
                write(row, i, column, value);
            }
        }
    }

    private void write(Row row, int index, Column column, Object value) {
        switch (column.kind()) {
            case INTEGER, YUAN -> {
                BigDecimal number = number(value);
                if (number != null) {
                    Cell cell = row.createCell(index);
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(column.kind() == Column.Kind.INTEGER ? styles.integer : styles.yuan);
                    return;
                }
                text(row, index, String.valueOf(value));
            }
            case LIST -> text(row, index, value instanceof Collection<?> items ? join(items) : String.valueOf(value));
            case TEXT, DATE -> text(row, index, value instanceof Number n ? plain(n) : String.valueOf(value));
        }
    }

    private void text(Row row, int index, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.length() > MAX_CELL_TEXT) {
            throw new IllegalArgumentException("「" + columns.get(index).header() + "」超过 Excel 单元格上限 "
                    + MAX_CELL_TEXT + " 字（第 " + (row.getRowNum() + 1) + " 行）");
        }
        Cell cell = row.createCell(index);
        cell.setCellValue(text);
        cell.setCellStyle(styles.text);
    }

    private static String join(Collection<?> items) {
        StringJoiner joiner = new StringJoiner("、");
        for (Object item : items) {
            if (item != null && !String.valueOf(item).isBlank()) {
                joiner.add(String.valueOf(item).trim());
            }
        }
        return joiner.toString();
    }

    private static String plain(Number n) {
        return n instanceof Double || n instanceof Float ? Cells.plain(n.doubleValue())
                : new BigDecimal(n.toString()).toPlainString();
    }

    private static @Nullable BigDecimal number(Object value) {
        try {
            if (value instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static @Nullable Object get(Map<String, ?> record, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return record.get(path);
        }
        Object inner = record.get(path.substring(0, dot));
        return inner instanceof Map<?, ?> map ? get((Map<String, ?>) map, path.substring(dot + 1)) : null;
    }

    /** The cell styles of one workbook (a workbook holds at most 64,000 styles, so they are shared). */
    static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle yuan;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            short textFormat = workbook.createDataFormat().getFormat("@");
            header.setDataFormat(textFormat);
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            yuan = workbook.createCellStyle();
            yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }
    }

    /**
     * Creates a streaming workbook, lets {@code body} add its sheets, writes it to {@code out}
     * (left open) and deletes the temp files. At most {@link #WINDOW} rows per sheet are in memory.
     */
    static void workbook(OutputStream out, Consumer<SXSSFWorkbook> body) throws IOException {
        // Temp files gzipped; inline strings (no shared-strings table to hold in memory). Since
        // POI 5.4, close() deletes the temp files (dispose() is deprecated).
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false)) {
            body.accept(workbook);
            workbook.write(CloseShieldOutputStream.wrap(out));
        }
    }
}
