package cn.scenehub.search.analysis

import cn.scenehub.search.suggest.Pinyin
import spock.lang.Specification

import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean

/** Administrators' terms and groups replace one another as a whole, while segmentation goes on. */
class RuntimeVocabularySpec extends Specification {

    IndustrialSegmenter segmenter = IndustrialSegmenter.get()

    def cleanup() {
        segmenter.replaceRuntimeTerms([])
        Synonyms.get().replaceRuntimeGroups([])
    }

    def "run-time terms apply, remember the tokens they had, and go again; shipped terms never go"() {
        given:
        assert !segmenter.tokens('引进氢燃料叉车').contains('氢燃料叉车')

        when:
        segmenter.replaceRuntimeTerms(['氢燃料叉车', '数字孪生'])

        then:
        segmenter.tokens('引进氢燃料叉车').contains('氢燃料叉车')
        segmenter.formerTokens('氢燃料叉车').get().size() > 1
        segmenter.formerTokens('数字孪生').isEmpty()

        when:
        segmenter.replaceRuntimeTerms([])

        then:
        !segmenter.tokens('引进氢燃料叉车').contains('氢燃料叉车')
        segmenter.tokens('建设数字孪生平台').contains('数字孪生')
        !segmenter.isTerm('氢燃料叉车')
    }

    def "a term with white space is refused and nothing changes"() {
        when:
        segmenter.replaceRuntimeTerms(['冷轧板形仪', 'OPC UA'])

        then:
        thrown(IllegalArgumentException)
        !segmenter.isTerm('冷轧板形仪')
    }

    def "segmentation stays correct while terms change on another thread"() {
        given:
        def pool = Executors.newFixedThreadPool(4)
        def stop = new AtomicBoolean()
        def failures = Collections.synchronizedList([])
        def readers = (1..3).collect {
            pool.submit {
                while (!stop.get()) {
                    try {
                        assert segmenter.tokens('工厂开展预测性维护和数字孪生建设').containsAll(['预测性维护', '数字孪生'])
                    } catch (Throwable t) {
                        failures << t
                    }
                }
            }
        }

        when:
        (1..300).each { segmenter.replaceRuntimeTerms(["并发术语${it % 7}甲".toString(), "并发术语${it}乙".toString()]) }
        stop.set(true)
        readers*.get()
        pool.shutdown()
        pool.awaitTermination(10, TimeUnit.SECONDS)

        then:
        failures.isEmpty()
    }

    def "run-time synonym groups extend shipped groups or stand alone; one that would join groups is left out"() {
        when:
        def skipped = Synonyms.get().replaceRuntimeGroups([['AOI', '外观智能检测'], ['砂型打印', '无模铸造'], ['AOI', 'APS']])

        then:
        skipped == [['aoi', 'aps']]
        Synonyms.get().expand('外观智能检测').contains('视觉质检')
        Synonyms.get().expand('无模铸造') == ['砂型打印', '无模铸造'] as Set

        when:
        Synonyms.get().replaceRuntimeGroups([])

        then:
        !Synonyms.get().expand('视觉质检').contains('外观智能检测')
        Synonyms.get().expand('无模铸造') == ['无模铸造'] as Set
    }

    def "long terms have parts for the index and pieces for a relaxed query"() {
        expect:
        segmenter.parts('全钢子午线轮胎检测').split(' ').toList().containsAll(['子午线', '轮胎'])
        segmenter.parts('检测') == ''
        segmenter.pieces('蒸汽节能') == ['蒸汽', '节能']
        segmenter.pieces('供应商门户') == ['供应商', '门户']
    }

    def "pinyin keys: full pinyin and initials, polyphones by context, Latin kept: #text"() {
        expect:
        Pinyin.of(text) == new Pinyin.Keys(full, initials)

        where:
        text         || full                     | initials
        '数字孪生'     || 'shuziluansheng'         | 'szls'
        '重庆银行'     || 'chongqingyinhang'       | 'cqyh'
        '5G全连接工厂'  || '5gquanlianjiegongchang' | '5gqljgc'
        '绿色低碳'     || 'lvseditan'              | 'lsdt'
        'MES系统'     || 'mesxitong'              | 'mesxt'
    }
}
