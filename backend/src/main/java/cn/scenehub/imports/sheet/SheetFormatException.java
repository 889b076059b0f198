package cn.scenehub.imports.sheet;

/**
 * The whole file cannot be read as this sheet layout: not an .xlsx workbook, a required sheet
 * or column missing, or the file broken mid-way. No record of it should be imported.
 */
public class SheetFormatException extends RuntimeException {

    public SheetFormatException(String message) {
        super(message);
    }

    public SheetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
