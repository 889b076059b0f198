package cn.scenehub.imports.sheet;

/**
 * A row that belongs to no record, e.g. a 案例 row whose 服务商编号 is not in the 服务商 sheet.
 * It is reported next to the records, not as an error of one of them.
 *
 * @param sheet     the sheet's name
 * @param rowNumber the row number Excel shows (1-based)
 * @param message   what is wrong, in Chinese
 */
public record SheetProblem(String sheet, int rowNumber, String message) {
}
