package cn.scenehub.imports.sheet;

import java.util.List;

/** A sheet's header row lacks required columns; {@link #columns()} names them as the layout spells them. */
public class MissingColumnsException extends SheetFormatException {

    private final String sheet;
    private final List<String> columns;

    public MissingColumnsException(String sheet, List<String> columns) {
        super("工作表「" + sheet + "」缺少必需的列：" + String.join("、", columns)
                + "（第一行应为表头）");
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
    }

    /** The sheet's name as found in the workbook. */
    public String sheet() {
        return sheet;
    }

    /** The missing columns' headers, in the layout's order. */
    public List<String> columns() {
        return columns;
    }
}
