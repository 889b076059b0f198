package cn.scenehub.imports.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import com.github.pjfanning.xlsx.StreamingReader;

import io.micronaut.core.annotation.Nullable;

/**
 * The records of an uploaded workbook, read one at a time. Close it (try-with-resources) to
 * delete the streaming reader's temp copy of the file. {@link #problems()} lists rows that
 * belong to no record, complete once the iteration has ended.
 *
 * <p>Whole-file faults surface as {@link SheetFormatException} (or {@link MissingColumnsException})
 * from the {@code open} call or, for a file broken half-way, from {@code hasNext}/{@code next}.
 */
public final class SheetRows implements Iterator<SheetRow>, AutoCloseable {

    /** Rows the streaming reader parses ahead; memory is this times a row, whatever the file's size. */
    static final int ROW_CACHE = 100;

    private final Workbook workbook;
    private final Iterator<SheetRow> rows;
    private final Supplier<List<SheetProblem>> problems;

    private SheetRows(Workbook workbook, Iterator<SheetRow> rows, Supplier<List<SheetProblem>> problems) {
        this.workbook = workbook;
        this.rows = rows;
        this.problems = problems;
    }

    /** One read of a layout: its records from the opened workbook, then the rows that fit none. */
    interface Layout {
        Iterator<SheetRow> rows(Workbook workbook, boolean date1904);

        default List<SheetProblem> problems() {
            return List.of();
        }
    }

    static SheetRows open(InputStream xlsx, Layout layout) {
        Workbook workbook = openWorkbook(xlsx);
        try {
            boolean date1904 = workbook instanceof Date1904Support d && d.isDate1904();
            return new SheetRows(workbook, layout.rows(workbook, date1904), layout::problems);
        } catch (RuntimeException e) {
            closeQuietly(workbook, e);
            throw e instanceof SheetFormatException s ? s
                    : new SheetFormatException("无法读取工作簿：" + e.getMessage(), e);
        }
    }

    private static Workbook openWorkbook(InputStream xlsx) {
        try {
            return StreamingReader.builder()
                    .rowCacheSize(ROW_CACHE)
                    .bufferSize(8192)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .setReadCoreProperties(false)
                    .setReadSharedFormulas(false)
                    .open(xlsx);
        } catch (RuntimeException e) {
            throw new SheetFormatException("不是可读取的 .xlsx 工作簿（请用 Excel/WPS 另存为 .xlsx）："
                    + e.getMessage(), e);
        }
    }

    /** The sheet named {@code name} (spaces around names ignored), or {@code null}. */
    static @Nullable Sheet sheet(Workbook workbook, String name) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (Cells.trim(workbook.getSheetName(i)).equals(name)) {
                return workbook.getSheetAt(i);
            }
        }
        return null;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public SheetRow next() {
        if (!rows.hasNext()) {
            throw new NoSuchElementException();
        }
        return rows.next();
    }

    /** Rows that belong to no record (see {@link SheetProblem}); complete after the last row. */
    public List<SheetProblem> problems() {
        return problems.get();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Workbook workbook, Exception cause) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
