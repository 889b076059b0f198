package cn.scenehub.imports.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import io.micronaut.core.annotation.Nullable;

/** Reads one cell as a column's type. Package-private: the sheets are the API. */
final class Cells {

    /** A cell whose content does not fit its column's type; the message is shown to the user. */
    static final class BadCell extends Exception {
        BadCell(String message) {
            super(message, null, false, false);
        }
    }

    /** The separators of a list inside one cell: 、 , ， ; ； and line breaks. */
    static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；\\r\\n]+");

    private static final Pattern DATE_TEXT = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[\\sT].*)?");
    private static final Pattern DATE_DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    /** Excel keeps 15 significant digits; a longer number typed into a cell has already lost some. */
    private static final double EXACT_LIMIT = 1e15;
    /** Excel's last day, 9999-12-31, as a serial number. */
    private static final double MAX_SERIAL = 2958465;

    private Cells() {
    }

    /** Whether the cell holds nothing (absent, blank, or only spaces). */
    static boolean isBlank(@Nullable Cell cell) {
        if (cell == null) {
            return true;
        }
        CellType type = type(cell);
        return switch (type) {
            case BLANK, _NONE -> true;
            case STRING -> trim(cell.getStringCellValue()).isEmpty();
            default -> false;
        };
    }

    /**
     * The cell's value as the column's type, or {@code null} when it is empty.
     *
     * @param scale      multiplies numbers of a {@link Column.Kind#YUAN} column (10000 under 预算(万元))
     * @param date1904   whether the workbook counts dates from 1904 (old Mac Excel)
     */
    static @Nullable Object read(Cell cell, Column.Kind kind, long scale, boolean date1904) throws BadCell {
        CellType type = type(cell);
        switch (type) {
            case BLANK, _NONE:
                return null;
            case ERROR:
                throw new BadCell("单元格是错误值 " + errorText(cell));
            case NUMERIC:
                return fromNumber(cell, cell.getNumericCellValue(), kind, scale, date1904);
            case BOOLEAN:
                return fromText(cell.getBooleanCellValue() ? "TRUE" : "FALSE", kind, scale);
            case STRING:
            default:
                String text = trim(cell.getStringCellValue());
                return text.isEmpty() ? null : fromText(text, kind, scale);
        }
    }

    /** A short rendering of what the cell holds, to quote in an error message. */
    static String shown(Cell cell) {
        try {
            String text = switch (type(cell)) {
                case NUMERIC -> plain(cell.getNumericCellValue());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                case ERROR -> errorText(cell);
                case STRING -> trim(cell.getStringCellValue());
                default -> "";
            };
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static CellType type(Cell cell) {
        CellType type = cell.getCellType();
        return type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    // ---- numbers in cells

    private static Object fromNumber(Cell cell, double value, Column.Kind kind, long scale, boolean date1904) throws BadCell {
        return switch (kind) {
            case TEXT -> numberAsText(cell, value, date1904);
            case LIST -> split(numberAsText(cell, value, date1904));
            case INTEGER -> {
                if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                    throw new BadCell("应为整数");
                }
                yield (int) value;
            }
            case YUAN -> wholeYuan(BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(scale)));
            case DATE -> isDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : dateFromNumber(value, date1904);
        };
    }

    private static String numberAsText(Cell cell, double value, boolean date1904) throws BadCell {
        if (isDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
        }
        if (Math.abs(value) >= EXACT_LIMIT) {
            throw new BadCell("是超过 15 位的数字，Excel 已丢失末几位；请将该列设为文本格式后重新填写");
        }
        return plain(value);
    }

    private static String dateFromNumber(double value, boolean date1904) throws BadCell {
        if (value == Math.rint(value)) {
            String digits = plain(value);
            Matcher m = DATE_DIGITS.matcher(digits);
            if (m.matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            if (value >= 1 && value <= MAX_SERIAL) {
                // A date pasted as its serial number (a "General" cell showing e.g. 46295).
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
        }
        throw new BadCell("不是日期，应为 YYYY-MM-DD");
    }

    private static boolean isDateFormatted(Cell cell) {
        try {
            return DateUtil.isCellDateFormatted(cell);
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ---- text in cells

    private static Object fromText(String text, Column.Kind kind, long scale) throws BadCell {
        return switch (kind) {
            case TEXT -> text;
            case LIST -> split(text);
            case INTEGER -> integer(text);
            case YUAN -> yuan(text, scale);
            case DATE -> dateFromText(text);
        };
    }

    /** Splits a list cell; {@code null} when nothing is left. */
    static @Nullable List<String> split(String text) {
        List<String> items = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(text)) {
            String item = trim(part);
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items.isEmpty() ? null : items;
    }

    private static int integer(String text) throws BadCell {
        String s = squeeze(text);
        if (s.endsWith("年") || s.endsWith("级")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() == 1 && CHINESE_DIGITS.indexOf(s.charAt(0)) > 0) {
            return CHINESE_DIGITS.indexOf(s.charAt(0)); // 三级 → 3
        }
        try {
            BigDecimal value = new BigDecimal(s);
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadCell("应为整数");
        }
    }

    private static Object yuan(String text, long scale) throws BadCell {
        String s = squeeze(text).replace(",", "");
        if (s.startsWith("¥")) {
            s = s.substring(1);
        }
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        long unit = scale;
        if (s.endsWith("万")) {
            unit = 10_000L;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("亿")) {
            unit = 100_000_000L;
            s = s.substring(0, s.length() - 1);
        }
        try {
            return wholeYuan(new BigDecimal(s).multiply(BigDecimal.valueOf(unit)));
        } catch (NumberFormatException e) {
            throw new BadCell("应为金额（元），如 600000 或 60万");
        }
    }

    private static Object wholeYuan(BigDecimal amount) throws BadCell {
        try {
            // Doubles such as 0.1 * 3 carry noise far below a fen; round that away first.
            long yuan = amount.setScale(6, RoundingMode.HALF_UP).longValueExact();
            if (yuan == (int) yuan) {
                return (int) yuan; // as a JSON parser gives it: Integer when it fits, else Long
            }
            return yuan;
        } catch (ArithmeticException e) {
            throw new BadCell("应为整数金额（元）");
        }
    }

    private static String dateFromText(String text) throws BadCell {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).trim();
        Matcher m = DATE_TEXT.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DATE_DIGITS.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        throw new BadCell("不是日期，应为 YYYY-MM-DD");
    }

    private static String date(String year, String month, String day) throws BadCell {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            throw new BadCell("不是有效的日期");
        }
    }

    // ---- helpers

    /** Full-width digits and signs to ASCII, all spaces removed: for numbers typed as text. */
    private static String squeeze(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Trims ASCII, full-width (U+3000) and no-break spaces and a stray BOM. */
    static String trim(@Nullable String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** 600000.0 → "600000", 1.5 → "1.5", never an exponent. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 9.0e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** How headers are compared: no spaces anywhere, （）as (), a leading or trailing * (必填 marks) dropped. */
    static String headerKey(@Nullable String header) {
        if (header == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            b.append(switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                case '＊' -> '*';
                default -> c;
            });
        }
        int start = 0;
        int end = b.length();
        while (start < end && b.charAt(start) == '*') {
            start++;
        }
        while (end > start && b.charAt(end - 1) == '*') {
            end--;
        }
        return b.substring(start, end);
    }
}
