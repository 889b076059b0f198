package cn.scenehub.search.analysis

import java.util.concurrent.Callable
import java.util.concurrent.Executors

import spock.lang.Specification

class SynonymsSpec extends Specification {

    Synonyms synonyms = Synonyms.load()

    def "at least 150 groups are shipped and every group has two or more terms"() {
        expect:
        synonyms.groupCount() >= 150
        synonyms.groups().every { it.size() >= 2 }
    }

    def "expansion works both ways: #a and #b are in one group"() {
        expect:
        synonyms.expand(a).contains(IndustrialSegmenter.normalize(b))
        synonyms.expand(b).contains(IndustrialSegmenter.normalize(a))
        synonyms.canonical(a) == synonyms.canonical(b)

        where:
        a          | b
        '视觉质检'   | '缺陷检测'
        '缺陷检测'   | 'AOI'
        'AOI'      | '表面瑕疵识别'
        '排产'      | 'APS'
        'aps'      | '高级计划排程'
        'ＡＰＳ'     | '生产排程'
        '预测性维护' | '故障预警'
        'PHM'      | '设备健康管理'
        '仓储管理'   | 'WMS'
        'WMS'      | '立体库'
        '能耗监测'   | '用能监测'
        'EMS'      | '能源管理'
        '制造执行系统' | 'MES'
        '企业资源计划' | 'ERP'
        'PLM'      | '产品生命周期管理'
        'LIMS'     | '实验室信息管理'
        'AGV'      | '自动导引车'
        'AS/RS'    | '自动化立体仓库'
        'SCADA'    | '数据采集与监视控制'
    }

    def "merely related things are not synonyms"() {
        expect:
        !synonyms.expand('AGV').contains('立体库')
        !synonyms.expand('MES').contains('设备联网')
        !synonyms.expand('SPC').contains('缺陷检测')
        !synonyms.expand('能耗监测').contains('碳核算')
    }

    def "the canonical term is the group's first term, and a word in no group is its own"() {
        expect:
        synonyms.canonical('瑕疵检测') == '缺陷检测'
        synonyms.canonical('Aps') == '排产'
        synonyms.canonical('铸件') == '铸件'
        synonyms.expand('铸件') == ['铸件'] as Set
        synonyms.expand('  ') == [] as Set
    }

    def "multi-character synonyms stay whole when segmented, so they can be expanded"() {
        expect:
        IndustrialSegmenter.get().tokens('希望做表面瑕疵识别和高级计划排程').containsAll(['表面瑕疵识别', '高级计划排程'])
    }

    def "a group added at run time applies, and its terms become dictionary terms"() {
        given:
        assert !synonyms.contains('砂眼识别')

        when:
        def group = synonyms.addGroup(['铸件砂眼检测', '砂眼识别'])

        then:
        group == ['铸件砂眼检测', '砂眼识别'] as LinkedHashSet
        synonyms.expand('砂眼识别') == ['铸件砂眼检测', '砂眼识别'] as Set
        synonyms.canonical('砂眼识别') == '铸件砂眼检测'
        IndustrialSegmenter.get().tokens('开展铸件砂眼检测试点').contains('铸件砂眼检测')
        // a fresh load is not affected
        !Synonyms.load().contains('砂眼识别')
    }

    def "a group sharing a term with one existing group extends that group and keeps its canonical term"() {
        given:
        def before = synonyms.groupCount()

        when:
        def group = synonyms.addGroup(['瑕疵识别', '视觉质检'])

        then:
        synonyms.groupCount() == before
        group.first() == '缺陷检测'
        group.containsAll(['aoi', '视觉质检', '瑕疵识别'])
        synonyms.expand('AOI').contains('瑕疵识别')
        synonyms.canonical('瑕疵识别') == '缺陷检测'
    }

    def "a group whose terms lie in two existing groups is refused, naming the terms and their groups"() {
        given:
        def before = synonyms.groups()

        when:
        synonyms.addGroup(['APS', 'WMS', '计划仓储一体化'])

        then:
        def e = thrown(SynonymConflictException)
        e.conflicts() == [aps: '排产', wms: '仓储管理']
        synonyms.groups() == before
        !synonyms.contains('计划仓储一体化')
    }

    def "a group needs two distinct terms and terms without white space"() {
        when:
        synonyms.addGroup(terms)

        then:
        thrown(IllegalArgumentException)

        where:
        terms << [['单独术语'], ['铸件夹渣识别', '铸件夹渣识别'], ['单独术语', '  '], ['OPC UA', 'OPC-UA统一架构']]
    }

    def "in the shipped file a term on two lines is an error naming both lines"() {
        when:
        Synonyms.parse(['# c', '立体库,立体仓库', '仓储管理,WMS,立体库'])

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains("line 3") && e.message.contains("line 2") && e.message.contains('立体库')
    }

    def "the file format: commas, full-width commas, spaced slashes, comments; a slash inside a term stays"() {
        expect:
        Synonyms.parseLine('AS/RS，立体仓库 / 自动化立体仓库 # comment') == ['as/rs', '立体仓库', '自动化立体仓库']
        Synonyms.parseLine('  # only a comment').isEmpty()
    }

    def "concurrent reads during additions always see whole groups"() {
        given:
        def pool = Executors.newFixedThreadPool(4)
        def readers = (1..3).collect {
            pool.submit({
                (1..2000).every { synonyms.expand('排产').containsAll(['排产', 'aps']) }
            } as Callable<Boolean>)
        }

        when:
        (1..50).each { synonyms.addGroup(["并发测试术语甲${it}".toString(), "并发测试术语乙${it}".toString()]) }

        then:
        readers*.get().every()
        synonyms.expand('并发测试术语乙50') == ['并发测试术语甲50', '并发测试术语乙50'] as Set

        cleanup:
        pool.shutdownNow()
    }
}
