package cn.scenehub.imports.sheet

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.time.LocalDate

import groovy.json.JsonSlurper
import org.apache.poi.ss.usermodel.Cell
import org.apache.poi.ss.usermodel.Row
import org.apache.poi.ss.usermodel.Sheet
import org.apache.poi.xssf.usermodel.XSSFWorkbook

/** Builds small workbooks the way Excel stores them (shared strings, styled dates) and loads the dev set. */
class SheetFixtures {

    /**
     * A workbook from {@code [sheetName: [[header…], [cell…], …]]}. Cells: a String is a text
     * cell, a Number a numeric cell, a LocalDate a date cell formatted yyyy-mm-dd, a
     * {@code [formula: 'A1+1']} map a formula, null no cell at all, and a row given as null is
     * left out (an empty row).
     */
    static byte[] xlsx(Map<String, List<List<Object>>> sheets) {
        def workbook = new XSSFWorkbook()
        try {
            def dateStyle = workbook.createCellStyle()
            dateStyle.dataFormat = workbook.creationHelper.createDataFormat().getFormat('yyyy-mm-dd')
            sheets.each { String name, List<List<Object>> rows ->
                Sheet sheet = workbook.createSheet(name)
                rows.eachWithIndex { List<Object> values, int r ->
                    if (values == null) {
                        return
                    }
                    Row row = sheet.createRow(r)
                    values.eachWithIndex { Object value, int c ->
                        if (value == null) {
                            return
                        }
                        Cell cell = row.createCell(c)
                        if (value instanceof Number) {
                            cell.setCellValue(((Number) value).doubleValue())
                        } else if (value instanceof LocalDate) {
                            cell.setCellValue((LocalDate) value)
                            cell.cellStyle = dateStyle
                        } else if (value instanceof Map) {
                            cell.setCellFormula(((Map) value).formula as String)
                        } else {
                            cell.setCellValue(value as String)
                        }
                    }
                }
            }
            workbook.creationHelper.createFormulaEvaluator().evaluateAll() // cache results, as Excel does
            def out = new ByteArrayOutputStream()
            workbook.write(out)
            out.toByteArray()
        } finally {
            workbook.close()
        }
    }

    static byte[] xlsx(List<List<Object>> rows) {
        xlsx(['Sheet1': rows])
    }

    /** The spec's headers with one row of valid values, for tests that change one thing. */
    static List<Object> validScenario(String id = 'QD-2026-0001') {
        [id, 2026, '2026-1', '注塑车间设备联网', '注塑机联网采集，统计 OEE。', '青岛测试塑胶有限公司',
         '91370211MA3C0AB12X', '370211', 'C29', '橡胶轮胎', 'EQUIP', '数字化管理', '设备联网',
         600000, 1200000, '2026-09-30', '王工', '0532-80000000']
    }

    static Path devSet(String file) {
        def candidates = [Paths.get('../../shared/data/matching-dev', file), Paths.get('../shared/data/matching-dev', file)]
        def found = candidates.find { Files.isRegularFile(it) }
        assert found: "dev set not found from ${Paths.get('').toAbsolutePath()} (tried ${candidates})"
        found
    }

    static List<Map<String, Object>> devRecords(String file) {
        new JsonSlurper().parse(devSet(file).toFile()) as List<Map<String, Object>>
    }

    static List<SheetRow> readScenarios(byte[] xlsx) {
        List<SheetRow> rows = []
        ScenarioSheet.read(new ByteArrayInputStream(xlsx)) { rows << it }
        rows
    }
}
