package cn.scenehub.imports.sheet

import static cn.scenehub.imports.sheet.SheetFixtures.*

import java.nio.file.Files
import java.nio.file.Path

import org.apache.poi.xssf.usermodel.XSSFWorkbook
import spock.lang.Specification
import spock.lang.TempDir

class ProviderSheetSpec extends Specification {

    @TempDir
    Path dir

    static final List<Object> PROVIDER_HEADERS = ['服务商编号', '服务商名称', '统一社会信用代码', '所在区市', '简介', '平台类型', '成熟度等级', '服务区域']
    static final List<Object> CAPABILITY_HEADERS = ['服务商编号', '场景类别', '应用模式', '服务行业', '技术标签', '能力描述']
    static final List<Object> CASE_HEADERS = ['服务商编号', '案例名称', '所属行业', '案例描述', '年份']
    static final List<Object> PRODUCT_HEADERS = ['服务商编号', '产品名称', '产品描述']

    static List<Object> provider(String id) {
        [id, "服务商${id}".toString(), '91370203255147004T', '370203', '提供设备联网与MES。', '专业型', 2, '3702']
    }

    static List<Object> capability(String id) {
        [id, 'EQUIP', '数字化管理、智能化制造', 'C34、C35', '设备联网,OEE', '工业网关采集。']
    }

    static Result read(byte[] xlsx) {
        List<SheetRow> rows = []
        def problems = ProviderSheet.read(new ByteArrayInputStream(xlsx)) { rows << it }
        new Result(rows: rows, problems: problems)
    }

    static class Result {
        List<SheetRow> rows
        List<SheetProblem> problems
    }

    /** Empty lists read back as absent fields, as every empty cell does. */
    static Object withoutEmptyLists(Object value) {
        if (value instanceof Map) {
            return value.findAll { k, v -> !(v instanceof List && v.isEmpty()) }
                    .collectEntries { k, v -> [k, withoutEmptyLists(v)] }
        }
        if (value instanceof List) {
            return value.collect { withoutEmptyLists(it) }
        }
        value
    }

    def "the dev set survives a round trip through a file"() {
        given:
        def providers = devRecords('providers.json')
        def file = dir.resolve('providers.xlsx')

        when:
        Files.newOutputStream(file).withCloseable { ProviderSheet.write(it, providers) }
        List<SheetRow> rows = []
        def problems = Files.newInputStream(file).withCloseable { input -> ProviderSheet.read(input) { rows << it } }

        then:
        problems.isEmpty()
        rows.size() == 60
        rows*.index == (0..<60).toList()
        rows.every { it.errors.isEmpty() }
        [providers, rows].transpose().each { Map expected, SheetRow row ->
            def want = withoutEmptyLists(expected) as Map
            (want.keySet() + row.record.keySet()).each { key ->
                assert row.record[key] == want[key]: "${want.externalId}.${key}"
            }
            assert row.record.maturityLevel instanceof Integer
        }
        rows.sum { it.record.capabilities.size() } == 83
        rows.count { it.record.cases } == 33
        rows.count { it.record.products } == 4
    }

    def "the written workbook has the four sheets with their headers, bold and frozen"() {
        given:
        def out = new ByteArrayOutputStream()
        ProviderSheet.write(out, devRecords('providers.json').take(3))

        when:
        def workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))
        def headers = { String name ->
            def row = workbook.getSheet(name).getRow(0)
            (0..<row.lastCellNum).collect { row.getCell(it).stringCellValue }
        }

        then:
        (0..<workbook.numberOfSheets).collect { workbook.getSheetName(it) } == ['服务商', '服务能力', '案例', '产品']
        headers('服务商') == PROVIDER_HEADERS
        headers('服务能力') == CAPABILITY_HEADERS
        headers('案例') == CASE_HEADERS
        headers('产品') == PRODUCT_HEADERS
        workbook.sheetIterator().every { it.paneInformation?.freezePane }
        workbook.getFontAt(workbook.getSheet('案例').getRow(0).getCell(0).cellStyle.fontIndex).bold

        cleanup:
        workbook?.close()
    }

    def "child rows are joined by 服务商编号 in their sheet's order, wherever they stand"() {
        given:
        def file = xlsx([
                '服务商'  : [PROVIDER_HEADERS, provider('P1'), provider('P2')],
                '服务能力': [CAPABILITY_HEADERS, capability('P2'),
                          ['P1', 'QUAL', '智能化制造', 'C39', '机器视觉', '视觉检测'], capability('P1')],
                '案例'   : [CASE_HEADERS, ['P1', '某电子厂AOI', 'C39', '漏检率下降', 2024]],
                '产品'   : [PRODUCT_HEADERS, ['P2', '边缘网关', '多协议采集']]])

        when:
        def result = read(file)
        def p1 = result.rows[0].record
        def p2 = result.rows[1].record

        then:
        result.problems.isEmpty()
        p1.capabilities*.category == ['QUAL', 'EQUIP']
        p1.capabilities[0] == [category: 'QUAL', modes: ['智能化制造'], industries: ['C39'], techTags: ['机器视觉'], description: '视觉检测']
        p1.cases == [[title: '某电子厂AOI', industryCode: 'C39', description: '漏检率下降', year: 2024]]
        !p1.containsKey('products')
        p2.capabilities*.category == ['EQUIP']
        p2.products == [[name: '边缘网关', description: '多协议采集']]
        p2.serviceRegions == ['3702']
        p2.maturityLevel == 2
    }

    def "an error in a child row names its JSON path and quotes the child sheet's row; other providers are unaffected"() {
        given:
        def badCapability = capability('P2')
        badCapability[2] = [formula: '1/0']
        def file = xlsx([
                '服务商'  : [PROVIDER_HEADERS, provider('P1'), provider('P2'), provider('P3')],
                '服务能力': [CAPABILITY_HEADERS, capability('P1'), capability('P2'), badCapability, capability('P3')],
                '案例'   : [CASE_HEADERS, ['P2', '案例一', 'C34', '描述', 2023], ['P2', '案例二', 'C35', '描述', '去年']]])

        when:
        def result = read(file)
        def p2 = result.rows[1]

        then:
        result.rows*.externalId() == ['P1', 'P2', 'P3']
        result.rows[0].errors.isEmpty()
        result.rows[2].errors.isEmpty()
        p2.index == 1
        p2.errors*.field == ['capabilities[1].modes', 'cases[1].year']
        p2.errors[0].message.startsWith('「服务能力」表第 4 行')
        p2.errors[1].message.startsWith('「案例」表第 3 行')
        p2.errors[1].message.contains('去年')
        p2.record.capabilities.size() == 2
        p2.record.cases[1] == [title: '案例二', industryCode: 'C35', description: '描述']
    }

    def "a provider's own cells that do not fit are errors on its row"() {
        given:
        def bad = provider('P1')
        bad[6] = maturity

        when:
        def row = read(xlsx(['服务商': [PROVIDER_HEADERS, bad], '服务能力': [CAPABILITY_HEADERS, capability('P1')]])).rows[0]

        then:
        row.errors*.field == errors
        row.record.maturityLevel == level

        where:
        maturity || errors            | level
        '三级'    || []                | 3
        '2级'     || []                | 2
        3        || []                | 3
        '高'      || ['maturityLevel'] | null
    }

    def "child rows that belong to no provider are reported as problems"() {
        given:
        def file = xlsx([
                '服务商'  : [PROVIDER_HEADERS, provider('P1')],
                '服务能力': [CAPABILITY_HEADERS, capability('P1'), capability('P9'), [null, 'EQUIP', '数字化管理']],
                '产品'   : [PRODUCT_HEADERS, ['P9', '网关', '']]])

        when:
        def result = read(file)

        then:
        result.rows.size() == 1
        result.rows[0].record.capabilities.size() == 1
        result.problems == [
                new SheetProblem('服务能力', 3, '服务商编号「P9」不在「服务商」表中'),
                new SheetProblem('服务能力', 4, '服务商编号为空，无法归入任何服务商'),
                new SheetProblem('产品', 2, '服务商编号「P9」不在「服务商」表中')]
    }

    def "the 案例 and 产品 sheets may be missing or empty"() {
        when:
        def result = read(xlsx(['服务商': [PROVIDER_HEADERS, provider('P1')], '服务能力': [CAPABILITY_HEADERS, capability('P1')],
                                '案例' : []]))

        then:
        result.rows.size() == 1
        !result.rows[0].record.containsKey('cases')
        !result.rows[0].record.containsKey('products')
    }

    def "a workbook without the 服务商 or 服务能力 sheet is refused"() {
        when:
        read(xlsx(sheets))

        then:
        def e = thrown(SheetFormatException)
        e.message.contains(missing)

        where:
        sheets                                                              || missing
        ['Sheet1': [PROVIDER_HEADERS, provider('P1')]]                      || '服务商'
        ['服务商': [PROVIDER_HEADERS, provider('P1')]]                         || '服务能力'
    }

    def "a child sheet missing a required column is refused, naming the sheet and the column"() {
        when:
        read(xlsx(['服务商'  : [PROVIDER_HEADERS, provider('P1')],
                   '服务能力': [CAPABILITY_HEADERS, capability('P1')],
                   ' 案例 ' : [['服务商编号', '案例描述'], ['P1', '描述']]]))

        then:
        def e = thrown(MissingColumnsException)
        e.sheet() == ' 案例 '
        e.columns() == ['案例名称']
    }
}
