package cn.scenehub.search.analysis

import spock.lang.Specification
import spock.lang.Subject

class IndustrialSegmenterSpec extends Specification {

    @Subject
    IndustrialSegmenter segmenter = IndustrialSegmenter.get()

    def "the field's terms stay whole: #term"() {
        expect:
        segmenter.tokens("我们计划建设${term}项目").contains(term.toLowerCase())

        where:
        term << ['数字孪生', '边缘计算', '标识解析', '5G全连接工厂', '预测性维护', '机器视觉', '工业互联网平台', '能耗监测', '两化融合']
    }

    def "English and digits mixed into Chinese are split off and lower-cased"() {
        expect:
        segmenter.tokens(text) == tokens

        where:
        text          || tokens
        'AGV调度'      || ['agv', '调度']
        'MES系统'      || ['mes', '系统']
        'ＭＥＳ系统'     || ['mes', '系统']
        'PLC与SCADA'   || ['plc', '与', 'scada']
    }

    def "punctuation and white space are not tokens"() {
        expect:
        segmenter.segment('质量 管控，（机器视觉）！') == '质量 管控 机器视觉'
    }

    def "empty or missing text has no tokens"() {
        expect:
        segmenter.tokens(text).isEmpty()

        where:
        text << [null, '', '   ', '，。！']
    }

    def "a term added at run time applies to the next call"() {
        given:
        def term = '铸件砂眼识别'
        assert !segmenter.tokens("开展${term}试点").contains(term)

        when:
        segmenter.addTerms([term])

        then:
        segmenter.tokens("开展${term}试点").contains(term)
    }
}
