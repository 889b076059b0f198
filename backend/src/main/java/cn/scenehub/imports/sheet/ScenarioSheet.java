package cn.scenehub.imports.sheet;

import static cn.scenehub.imports.sheet.Column.Kind.DATE;
import static cn.scenehub.imports.sheet.Column.Kind.INTEGER;
import static cn.scenehub.imports.sheet.Column.Kind.LIST;
import static cn.scenehub.imports.sheet.Column.Kind.TEXT;
import static cn.scenehub.imports.sheet.Column.Kind.YUAN;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * Demand scenarios as the exchange format's spreadsheet (docs: {@code exchange-format.md},
 * "Spreadsheet columns"): the first sheet, the first row the Chinese headers, one scenario a row.
 *
 * <p>Reading streams: rows are handed over one at a time and never collected, so an upload of
 * 10,000 rows is read in the memory of about {@link SheetRows#ROW_CACHE} rows (plus the file's
 * shared-strings table, see the package README). Cells are converted to the JSON types
 * (integers, ISO dates, lists); a cell that does not convert becomes a row error naming the JSON
 * field, and the row keeps what else was readable. Business rules are the caller's.
 *
 * <p>Writing streams too (SXSSF, {@value TableWriter#WINDOW} rows in memory).
 */
public final class ScenarioSheet {

    /** The sheet's name when written; any name is read (the first sheet is used). */
    public static final String SHEET_NAME = "需求场景";

    /**
     * The columns in the spec's order. 企业所在区市 fills both {@code region} and
     * {@code enterprise.region}, 所属行业 both {@code industryCode} and {@code enterprise.industryCode}.
     * Not carried by the sheet: {@code enterprise.scale}, {@code contact.email}.
     */
    static final List<Column> COLUMNS = List.of(
            Column.of("场景编号", "externalId", TEXT, 16).asRequired(),
            Column.of("年度", "year", INTEGER, 8).asRequired(),
            Column.of("批次", "batch", TEXT, 10),
            Column.of("场景名称", "title", TEXT, 36).asRequired(),
            Column.of("需求描述", "description", TEXT, 60).asRequired(),
            Column.of("企业名称", "enterprise.name", TEXT, 30).asRequired(),
            Column.of("统一社会信用代码", "enterprise.creditCode", TEXT, 22).asRequired(),
            Column.of("企业所在区市", "region", TEXT, 14).alsoAt("enterprise.region").asRequired(),
            Column.of("所属行业", "industryCode", TEXT, 12).alsoAt("enterprise.industryCode").asRequired(),
            Column.of("产业链", "industryChain", TEXT, 14),
            Column.of("场景类别", "category", TEXT, 12).asRequired(),
            Column.of("应用模式", "modes", LIST, 24).asRequired(),
            Column.of("技术标签", "techTags", LIST, 28),
            Column.of("预算下限(元)", "budget.min", YUAN, 14)
                    .alias("预算下限", 1).alias("预算下限(万元)", 10_000),
            Column.of("预算上限(元)", "budget.max", YUAN, 14)
                    .alias("预算上限", 1).alias("预算上限(万元)", 10_000),
            Column.of("截止日期", "deadline", DATE, 12),
            Column.of("联系人", "contact.name", TEXT, 10),
            Column.of("联系电话", "contact.phone", TEXT, 16));

    /** The headers in the spec's order, as written. */
    public static final List<String> HEADERS = COLUMNS.stream().map(Column::header).toList();

    /** The headers a file must have; without one of them the whole file is refused. */
    public static final List<String> REQUIRED_HEADERS =
            COLUMNS.stream().filter(Column::required).map(Column::header).toList();

    private ScenarioSheet() {
    }

    /**
     * Opens an .xlsx upload for reading row by row; close the result.
     *
     * @throws MissingColumnsException if a required column is missing (the whole file is refused)
     * @throws SheetFormatException    if the file is not a readable .xlsx workbook
     */
    public static SheetRows open(InputStream xlsx) {
        return SheetRows.open(xlsx, new SheetRows.Layout() {
            @Override
            public Iterator<SheetRow> rows(Workbook workbook, boolean date1904) {
                if (workbook.getNumberOfSheets() == 0) {
                    throw new SheetFormatException("工作簿中没有工作表");
                }
                return new TableReader(workbook.getSheetAt(0), COLUMNS, date1904, false);
            }
        });
    }

    /**
     * Reads every scenario row of an .xlsx upload, in order, handing each to {@code handler}.
     *
     * @return how many rows were handed over
     * @throws MissingColumnsException if a required column is missing (before any row is handed over)
     * @throws SheetFormatException    if the file is not a readable .xlsx workbook
     */
    public static int read(InputStream xlsx, Consumer<SheetRow> handler) {
        int count = 0;
        try (SheetRows rows = open(xlsx)) {
            while (rows.hasNext()) {
                handler.accept(rows.next());
                count++;
            }
        }
        return count;
    }

    /**
     * Writes scenarios (exchange-format maps) as one sheet with the spec's headers; {@code out}
     * is left open. The records are consumed once, in order, so a lazy {@code Iterable} over a
     * database cursor keeps the export in bounded memory.
     */
    public static void write(OutputStream out, Iterable<? extends Map<String, ?>> scenarios) {
        try {
            TableWriter.workbook(out, workbook -> {
                TableWriter sheet = new TableWriter(workbook, new TableWriter.Styles(workbook), SHEET_NAME, COLUMNS);
                for (Map<String, ?> scenario : scenarios) {
                    sheet.write(scenario);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
