package cn.scenehub.taxonomy

import cn.scenehub.support.IntegrationSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import static cn.scenehub.taxonomy.TaxonomyKind.*

@MicronautTest(transactional = false)
class TaxonomyLookupSpec extends IntegrationSpec {

    @Inject
    TaxonomyLookup lookup
    @Inject
    TaxonomyTermRepository terms
    @Inject
    TaxonomyService taxonomy

    def "#kind '#input' resolves to #expected"() {
        expect:
        lookup.resolve(kind, input).map { it.code() }.orElse(null) == expected

        where:
        kind     | input                       || expected
        CATEGORY | 'QUAL'                      || 'QUAL'
        CATEGORY | 'qual'                      || 'QUAL'
        CATEGORY | '质量管控'                  || 'QUAL'
        CATEGORY | ' 供应链与仓储物流 '        || 'SUPPLY'
        CATEGORY | '质量'                      || null
        MODE     | '智能化制造'                || 'INTELLIGENT_MANUFACTURING'
        MODE     | 'SERVICE_EXTENSION'         || 'SERVICE_EXTENSION'
        MODE     | '\u3000数字化管理\u3000'    || 'DIGITAL_MANAGEMENT'
        INDUSTRY | 'C29'                       || 'C29'
        INDUSTRY | 'c29'                       || 'C29'
        INDUSTRY | 'Ｃ２９'                    || 'C29'
        INDUSTRY | '橡胶和塑料制品业'          || 'C29'
        INDUSTRY | '软件和信息技术服务业'      || 'I65'
        INDUSTRY | 'C'                         || null
        INDUSTRY | '制造业'                    || null
        INDUSTRY | 'C44'                       || null
        INDUSTRY | '29'                        || null
        SECTION  | '制造业'                    || 'C'
        REGION   | '370211'                    || '370211'
        REGION   | '黄岛区'                    || '370211'
        REGION   | '青岛市'                    || '370200'
        REGION   | '3702'                      || '370200'
        REGION   | '３７０２'                  || '370200'
        REGION   | '37'                        || '370000'
        REGION   | '370000'                    || '370000'
        REGION   | '蓬莱区'                    || '370614'
        REGION   | '371003'                    || '371003'
        REGION   | '370102'                    || null
        REGION   | '黄岛'                      || null
        REGION   | '999999'                    || null
        CHAIN    | 'smart-home-appliances'     || 'smart-home-appliances'
        CHAIN    | 'SMART-HOME-APPLIANCES'     || 'smart-home-appliances'
        CHAIN    | '智能家电'                  || 'smart-home-appliances'
        CHAIN    | '智能家电产业链'            || 'smart-home-appliances'
        CHAIN    | '船舶海工'                  || 'shipbuilding-offshore'
        CHAIN    | '船舶海工装备'              || 'shipbuilding-offshore'
        CHAIN    | '橡胶轮胎'                  || 'rubber-tyres'
        CHAIN    | '造船'                      || null
        TECH_TAG | '机器视觉'                  || '机器视觉'
        TECH_TAG | 'MES'                       || 'MES'
        TECH_TAG | 'mes'                       || 'MES'
        TECH_TAG | 'ＭＥＳ'                    || 'MES'
        TECH_TAG | ' 5g '                      || '5G'
        TECH_TAG | 'AI视频分析'                || 'AI视频分析'
        TECH_TAG | '量子计算'                  || null
        TECH_TAG | ''                          || null
        TECH_TAG | '   '                       || null
        TECH_TAG | null                        || null
    }

    def "a resolved term carries its parent: district → city, industry → section, tag → category"() {
        expect:
        lookup.resolve(REGION, '即墨区').get().parentCode() == '370200'
        lookup.resolve(REGION, '370200').get().parentCode() == '370000'
        lookup.resolve(REGION, '山东省').get().parentCode() == null
        lookup.resolve(INDUSTRY, 'C38').get().parentCode() == 'C'
        lookup.resolve(TECH_TAG, 'WMS').get().parentCode() == 'SUPPLY'
    }

    def "'#service' covers '#district': #covers"() {
        expect:
        lookup.regionCovers(service, district) == covers

        where:
        service  | district || covers
        '370200' | '370211' || true
        '3702'   | '370211' || true
        '3702'   | '370285' || true
        '370000' | '370211' || true
        '370000' | '371122' || true
        '370000' | '370102' || true
        '37'     | '370614' || true
        '370211' | '370211' || true
        '370211' | '370212' || false
        '370211' | '370200' || false
        '3702'   | '370602' || false
        '370600' | '370211' || false
        '370200' | '370200' || true
        '青岛市' | '黄岛区' || true
        '烟台市' | '黄岛区' || false
        '3702'   | '黄岛区' || true
        '３７０２' | ' 370211 ' || true
        'nowhere' | '370211' || false
        '3702'   | null     || false
        null     | '370211' || false
        ''       | '370211' || false
    }

    def "sectionOf names the GB/T 4754 section of a division"() {
        expect:
        lookup.sectionOf(code) == Optional.ofNullable(section)

        where:
        code       || section
        'C29'      || 'C'
        'c13'      || 'C'
        'C43'      || 'C'
        'I65'      || 'I'
        'M74'      || 'M'
        '汽车制造业' || 'C'
        'C44'      || null
        'C'        || null
        null       || null
    }

    def "the lookup answers from its snapshot and takes a database change when the cache is evicted"() {
        given:
        lookup.resolve(TECH_TAG, 'OEE')
        def oee = terms.findAllOrderByKindAndPosition().find { it.kind() == TECH_TAG && it.code() == 'OEE' }

        when: 'the database changes behind the lookup'
        terms.update(new TaxonomyTerm(oee.id(), oee.kind(), oee.code(), '设备综合效率', oee.parentCode(), oee.position()))

        then: 'the snapshot still answers, without asking the database'
        lookup.resolve(TECH_TAG, '设备综合效率').isEmpty()

        when:
        taxonomy.evictCache()

        then:
        lookup.resolve(TECH_TAG, '设备综合效率').get().code() == 'OEE'
        lookup.resolve(TECH_TAG, 'oee').get().name() == '设备综合效率'

        cleanup:
        terms.update(oee)
        taxonomy.evictCache()
    }
}
