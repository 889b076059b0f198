package cn.scenehub.imports.sheet

import static cn.scenehub.imports.sheet.SheetFixtures.*

import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

import org.apache.poi.ss.usermodel.CellType
import org.apache.poi.xssf.streaming.SXSSFWorkbook
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import spock.lang.Specification
import spock.lang.TempDir

class ScenarioSheetSpec extends Specification {

    @TempDir
    Path dir

    static final List<String> HEADERS = ScenarioSheet.HEADERS

    /** The part of a JSON scenario the sheet carries: no enterprise.scale, no contact.email. */
    static Map<String, Object> carried(Map<String, Object> scenario) {
        def copy = new LinkedHashMap<String, Object>(scenario)
        copy.enterprise = new LinkedHashMap(scenario.enterprise as Map)
        copy.enterprise.remove('scale')
        if (scenario.contact) {
            def contact = new LinkedHashMap(scenario.contact as Map)
            contact.remove('email')
            if (contact) copy.contact = contact else copy.remove('contact')
        }
        copy
    }

    def "the dev set survives a round trip through a file"() {
        given:
        def scenarios = devRecords('scenarios.json')
        def file = dir.resolve('scenarios.xlsx')

        when:
        Files.newOutputStream(file).withCloseable { ScenarioSheet.write(it, scenarios) }
        List<SheetRow> rows = []
        int count = Files.newInputStream(file).withCloseable { input -> ScenarioSheet.read(input) { rows << it } }

        then:
        count == 30
        rows*.index == (0..<30).toList()
        rows*.rowNumber == (2..31).toList()
        rows.every { it.errors.isEmpty() }
        [scenarios, rows].transpose().each { Map expected, SheetRow row ->
            def want = carried(expected)
            assert row.externalId() == want.externalId
            (want.keySet() + row.record.keySet()).each { key ->
                assert row.record[key] == want[key]: "${want.externalId}.${key}"
            }
            assert row.record.year instanceof Integer
            assert row.record.budget.min instanceof Integer
        }
    }

    def "the written sheet has the spec's headers, a bold frozen header row, number and text cells"() {
        given:
        def out = new ByteArrayOutputStream()
        ScenarioSheet.write(out, [[externalId: 'QD-1', year: 2026, title: 't', description: 'd',
                                   enterprise: [name: 'e', creditCode: 'c', region: '370211', industryCode: 'C29'],
                                   region: '370211', industryCode: 'C29', category: 'QUAL',
                                   modes: ['数字化管理', '智能化制造'], techTags: ['机器视觉'],
                                   budget: [min: 600000, max: 1200000], deadline: '2026-09-30']])

        when:
        def workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))
        def sheet = workbook.getSheetAt(0)
        def header = sheet.getRow(0)
        def row = sheet.getRow(1)

        then:
        sheet.sheetName == '需求场景'
        (0..<header.lastCellNum).collect { header.getCell(it).stringCellValue } == [
                '场景编号', '年度', '批次', '场景名称', '需求描述', '企业名称', '统一社会信用代码', '企业所在区市',
                '所属行业', '产业链', '场景类别', '应用模式', '技术标签', '预算下限(元)', '预算上限(元)', '截止日期',
                '联系人', '联系电话']
        workbook.getFontAt(header.getCell(0).cellStyle.fontIndex).bold
        sheet.paneInformation.freezePane
        sheet.paneInformation.horizontalSplitPosition == 1
        sheet.getColumnWidth(4) > sheet.getColumnWidth(1)
        row.getCell(1).cellType == CellType.NUMERIC && row.getCell(1).numericCellValue == 2026d
        row.getCell(13).cellType == CellType.NUMERIC && row.getCell(13).numericCellValue == 600000d
        row.getCell(7).cellType == CellType.STRING && row.getCell(7).stringCellValue == '370211'
        row.getCell(11).stringCellValue == '数字化管理、智能化制造'
        row.getCell(15).cellType == CellType.STRING && row.getCell(15).stringCellValue == '2026-09-30'
        row.getCell(2) == null // absent batch: no cell

        cleanup:
        workbook?.close()
    }

    def "headers are matched despite spaces, full-width parentheses, another order and unknown columns"() {
        given: 'a sheet with columns shuffled, optional ones left out, and a 备注 column'
        def headers = [' 场景名称 ', '场景编号', '备注', '年度', '需求描述', '企业名称', '统一社会信用代码', '企业所在区市 ',
                       '所属行业', '场景类别', '应用模式', '预算下限（元）', '预算上限 （元）', '*截止日期']
        def values = ['设备预测性维护', 'QD-2026-0100', '内部备注', 2026, '空压机振动监测', '青岛某机械有限公司',
                      '91370211MA3C0AB12X', '黄岛区', '通用设备制造业', '设备管理与运维', '智能化制造', 500000, 800000,
                      '2026-12-31']

        when:
        def rows = readScenarios(xlsx([headers, values]))

        then:
        rows.size() == 1
        rows[0].errors.isEmpty()
        rows[0].record == [externalId: 'QD-2026-0100', year: 2026, title: '设备预测性维护', description: '空压机振动监测',
                           enterprise: [name: '青岛某机械有限公司', creditCode: '91370211MA3C0AB12X', region: '黄岛区',
                                        industryCode: '通用设备制造业'],
                           region: '黄岛区', industryCode: '通用设备制造业', category: '设备管理与运维',
                           modes: ['智能化制造'], budget: [min: 500000, max: 800000], deadline: '2026-12-31']
        !rows[0].record.containsKey('batch')
        !rows[0].record.containsKey('contact')
    }

    def "a row whose year is not a number is reported on that row, naming year, and keeps its other fields"() {
        given:
        def bad = validScenario('QD-2026-0002')
        bad[1] = '二〇二六'
        def file = xlsx([HEADERS, validScenario('QD-2026-0001'), bad, validScenario('QD-2026-0003')])

        when:
        def rows = readScenarios(file)

        then:
        rows*.externalId() == ['QD-2026-0001', 'QD-2026-0002', 'QD-2026-0003']
        rows[0].errors.isEmpty()
        rows[2].errors.isEmpty()
        rows[1].index == 1
        rows[1].errors*.field == ['year']
        rows[1].errors[0].message.contains('年度')
        rows[1].errors[0].message.contains('二〇二六')
        !rows[1].record.containsKey('year')
        rows[1].record.title == '注塑车间设备联网'
        rows[1].record.budget == [min: 600000, max: 1200000]
    }

    def "a file without the 场景名称 column is refused as a whole, naming the column"() {
        given:
        def headers = HEADERS.findAll { it != '场景名称' }
        def values = validScenario()
        values.remove(3)

        when:
        readScenarios(xlsx([headers, values]))

        then:
        def e = thrown(MissingColumnsException)
        e.columns() == ['场景名称']
        e.sheet() == 'Sheet1'
        e.message.contains('场景名称')
    }

    def "missing required columns are all named, in the spec's order"() {
        when:
        readScenarios(xlsx([['场景编号', '场景名称', '备注'], ['QD-1', 't', 'x']]))

        then:
        def e = thrown(MissingColumnsException)
        e.columns() == ['年度', '需求描述', '企业名称', '统一社会信用代码', '企业所在区市', '所属行业', '场景类别', '应用模式']
    }

    def "list cells split on 、 , ， ; ； and line breaks, trimmed, empty items dropped"() {
        given:
        def row = validScenario()
        row[11] = modes
        row[12] = tags

        when:
        def record = readScenarios(xlsx([HEADERS, row]))[0].record

        then:
        record.modes == expectedModes
        record.techTags == expectedTags

        where:
        modes                      | tags                              || expectedModes                 | expectedTags
        '数字化管理、智能化制造'        | '机器视觉,5G'                      || ['数字化管理', '智能化制造']       | ['机器视觉', '5G']
        '数字化管理，网络化协同'        | '数字孪生；边缘计算;AI'              || ['数字化管理', '网络化协同']       | ['数字孪生', '边缘计算', 'AI']
        ' 数字化管理 、 智能化制造 、'  | '机器视觉\n视觉检测'                 || ['数字化管理', '智能化制造']       | ['机器视觉', '视觉检测']
        '智能化制造'                  | '、、'                              || ['智能化制造']                  | null
    }

    def "numbers and dates are read from Excel's numeric and date cells as well as from text"() {
        given:
        def row = validScenario()
        row[1] = year
        row[7] = region
        row[13] = min
        row[15] = deadline

        when:
        def result = readScenarios(xlsx([HEADERS, row]))[0]

        then:
        result.errors.isEmpty()
        result.record.year == 2026
        result.record.year instanceof Integer
        result.record.region == '370211'
        result.record.enterprise.region == '370211'
        result.record.budget.min == expectedMin
        result.record.deadline == '2026-09-30'

        where:
        year       | region   | min            | deadline                   || expectedMin
        2026       | 370211   | 600000         | LocalDate.of(2026, 9, 30)  || 600000
        '2026'     | '370211' | '600000'       | '2026-09-30'               || 600000
        ' 2026 '   | 370211.0 | '60万'         | '2026/9/30'                || 600000
        '2026年'   | '370211' | '60万元'        | '2026年9月30日'             || 600000
        '２０２６'  | '370211' | '1.5万'        | '2026.09.30'               || 15000
        2026       | '370211' | '¥1,200,000'   | '20260930'                 || 1200000
        2026       | '370211' | 0              | 46295                      || 0
        2026       | '370211' | [formula: '300000*2'] | '2026-09-30 00:00:00' || 600000
    }

    def "a budget column headed in 万元 is scaled to yuan"() {
        given:
        def headers = new ArrayList(HEADERS)
        headers[13] = '预算下限（万元）'
        headers[14] = '预算上限(万元)'
        def row = validScenario()
        row[13] = 60
        row[14] = '120'

        when:
        def record = readScenarios(xlsx([headers, row]))[0].record

        then:
        record.budget == [min: 600000, max: 1200000]
    }

    def "cells that do not fit their type are row errors naming the JSON field"() {
        given:
        def row = validScenario()
        row[column] = value

        when:
        def result = readScenarios(xlsx([HEADERS, row]))[0]

        then:
        result.errors*.field == [field]
        !TableWriter.get(result.record, field)

        where:
        column | value                 || field
        1      | '二〇二六'              || 'year'
        1      | 2026.5                || 'year'
        13     | '面议'                 || 'budget.min'
        14     | 1200000.5             || 'budget.max'
        15     | '下月底'               || 'deadline'
        15     | '2026-02-30'          || 'deadline'
        6      | 913702111234567890    || 'enterprise.creditCode'
        0      | [formula: '1/0']      || 'externalId'
    }

    def "empty rows are skipped, and the index still points at the row the user sees"() {
        given:
        def blank = HEADERS.collect { '  ' }
        def file = xlsx([HEADERS, validScenario('A'), null, blank, validScenario('B')])

        when:
        def rows = readScenarios(file)

        then:
        rows*.externalId() == ['A', 'B']
        rows*.index == [0, 3]
        rows*.rowNumber == [2, 5]
    }

    def "a file that is not an xlsx workbook is refused"() {
        when:
        readScenarios('场景编号,年度\nQD-1,2026\n'.getBytes('UTF-8'))

        then:
        thrown(SheetFormatException)
    }

    def "a workbook with only a header yields no rows"() {
        expect:
        readScenarios(xlsx([HEADERS])).isEmpty()
    }

    def "an empty first sheet is refused for its missing columns"() {
        when:
        readScenarios(xlsx([[]]))

        then:
        def e = thrown(MissingColumnsException)
        e.columns() == ScenarioSheet.REQUIRED_HEADERS
    }

    /** {@code total} scenarios made on demand: an Iterable that never holds them together. */
    static Iterable<Map<String, Object>> generated(int total) {
        return { ->
            int i = 0
            [hasNext: { i < total },
             next   : {
                 i++
                 [externalId : String.format('GEN-2026-%05d', i), year: 2026, batch: '2026-1',
                  title      : "生成场景 ${i}".toString(), description: ('注塑车间设备联网，采集工艺参数并统计 OEE。' * 8) + i,
                  enterprise : [name: "青岛生成${i % 97}有限公司".toString(), creditCode: '91370211MA3C0AB12X',
                                region: '370211', industryCode: 'C29'],
                  region     : '370211', industryCode: 'C29', industryChain: '橡胶轮胎', category: 'EQUIP',
                  modes      : ['数字化管理', '智能化制造'], techTags: ['设备联网', 'OEE', "标签${i % 13}".toString()],
                  budget     : [min: 100000 + i, max: 200000 + i], deadline: '2026-12-31',
                  contact    : [name: '王工', phone: '0532-80000000']]
             }] as Iterator
        } as Iterable
    }

    /** The same rows as Excel saves them: every text in the workbook's shared-strings table. */
    static void writeWithSharedStrings(Path file, Iterable<Map<String, Object>> scenarios) {
        def workbook = new SXSSFWorkbook(null, 100, true, true)
        try {
            def sheet = workbook.createSheet('Sheet1')
            def header = sheet.createRow(0)
            HEADERS.eachWithIndex { String h, int c -> header.createCell(c).setCellValue(h) }
            int r = 1
            scenarios.each { Map s ->
                def row = sheet.createRow(r++)
                [s.externalId, s.year, s.batch, s.title, s.description, s.enterprise.name, s.enterprise.creditCode,
                 s.region, s.industryCode, s.industryChain, s.category, s.modes.join('、'), s.techTags.join('，'),
                 s.budget.min, s.budget.max, s.deadline, s.contact.name, s.contact.phone].eachWithIndex { Object v, int c ->
                    if (v instanceof Number) row.createCell(c).setCellValue(((Number) v).doubleValue())
                    else row.createCell(c).setCellValue(v as String)
                }
            }
            Files.newOutputStream(file).withCloseable { workbook.write(it) }
        } finally {
            workbook.dispose()
            workbook.close()
        }
    }

    def "10,000 generated rows are read one at a time (#how)"() {
        given:
        def file = dir.resolve('big.xlsx')
        int total = 10_000
        if (sharedStrings) {
            writeWithSharedStrings(file, generated(total))
        } else {
            Files.newOutputStream(file).withCloseable { ScenarioSheet.write(it, generated(total)) }
        }

        when:
        int count = 0
        int withErrors = 0
        SheetRow last = null
        Files.newInputStream(file).withCloseable { input ->
            ScenarioSheet.read(input) { row ->
                count++
                if (row.hasErrors()) withErrors++
                last = row
            }
        }

        then:
        count == total
        withErrors == 0
        last.index == total - 1
        last.externalId() == 'GEN-2026-10000'
        last.record.budget == [min: 110000, max: 210000]
        last.record.techTags == ['设备联网', 'OEE', '标签3']

        where:
        sharedStrings << [false, true]
        how = sharedStrings ? 'as Excel saves them, with shared strings' : 'as ScenarioSheet writes them'
    }

    def "rows can be pulled one at a time and the file closed early"() {
        given:
        def file = xlsx([HEADERS, validScenario('A'), validScenario('B'), validScenario('C')])

        when:
        def rows = ScenarioSheet.open(new ByteArrayInputStream(file))
        def first = rows.next()
        rows.close()

        then:
        first.externalId() == 'A'
    }
}
