package cn.scenehub.demo

import cn.scenehub.organization.CreditCode
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

/**
 * The demo catalogue: exchange format v1 field by field, determinism, coverage of Qingdao's
 * districts, the categories, modes and divisions, and enough variety that it is not one
 * template with the names swapped. Pure Java, no application context.
 */
class DemoCatalogueSpec extends Specification {

    static final int YEAR = 2026
    static final List<String> DISTRICTS = ['370202', '370203', '370211', '370212', '370213',
                                           '370214', '370215', '370281', '370283', '370285']
    static final List<String> CATEGORIES = ['RD', 'PROD', 'QUAL', 'EQUIP', 'SUPPLY', 'MGMT', 'SAFE', 'ENERGY', 'SERVICE', 'INFRA']
    static final List<String> MODES = ['数字化管理', '平台化设计', '智能化制造', '网络化协同', '个性化定制', '服务化延伸']
    static final List<String> DIVISIONS = (13..43).collect { "C$it".toString() }

    /** Chains a reader would accept for each division (written here, not read from the generator). */
    static final Map<String, List<String>> CHAINS = [
            C13: ['食品饮料'], C14: ['食品饮料'], C15: ['食品饮料'], C16: ['现代轻工'],
            C17: ['纺织服装'], C18: ['纺织服装'], C19: ['纺织服装'], C20: ['智能家居'], C21: ['智能家居'],
            C22: ['现代轻工', '绿色低碳'], C23: ['现代轻工'], C24: ['现代轻工'],
            C25: ['高端化工'], C26: ['高端化工', '新材料'], C27: ['生物医药'], C28: ['新材料', '纺织服装'],
            C29: ['橡胶轮胎', '智能家电', '新材料'], C30: ['新材料'], C31: ['新材料'], C32: ['新材料'],
            C33: ['高端装备'], C34: ['高端装备', '机器人'], C35: ['高端装备', '节能环保', '医疗器械'],
            C36: ['新能源汽车'], C37: ['轨道交通装备', '船舶海工装备'], C38: ['智能家电', '新能源', '高端装备'],
            C39: ['新一代信息技术', '集成电路', '新型显示'], C40: ['高端装备'], C41: ['现代轻工'],
            C42: ['节能环保'], C43: ['高端装备']]

    static final List<String> SCENARIO_FIELDS = ['externalId', 'year', 'batch', 'title', 'description', 'enterprise',
                                                 'industryCode', 'industryChain', 'category', 'modes', 'techTags',
                                                 'region', 'budget', 'deadline', 'contact']

    @Shared List<Map<String, Object>> scenarios = new DemoCatalogue().scenarios(YEAR)
    @Shared List<Map<String, Object>> providers = new DemoCatalogue().providers()

    def "a year's list has at least 1000 scenarios and the pool at least 300 providers"() {
        expect:
        scenarios.size() >= 1000
        providers.size() >= 300
        scenarios*.externalId[0] == 'QD-2026-0001'
        scenarios*.externalId.every { it ==~ /QD-2026-\d{4}/ }
        providers*.externalId[0] == 'FWS-2026-001'
        providers*.externalId.every { it ==~ /FWS-2026-\d{3}/ }
        scenarios*.batch.toSet() == ['2026-1', '2026-2'] as Set
    }

    def "the same catalogue comes out every time, and another year gives another list"() {
        given:
        def again = new DemoCatalogue(YEAR)

        expect:
        DemoJson.write(again.scenarios(YEAR)) == DemoJson.write(scenarios)
        DemoJson.write(again.providers()) == DemoJson.write(providers)
        new DemoCatalogue().scenarios(2027)*.title != scenarios*.title
        new DemoCatalogue().scenarios(2027).every { it.year == 2027 && it.deadline.startsWith('2027-') }
    }

    def "another JVM (another hash seed) writes the same files"() {
        given:
        def dir = Files.createTempDirectory('demo-jvm')
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def process = new ProcessBuilder(java, '-cp', System.getProperty('java.class.path'),
                'cn.scenehub.demo.DemoExport', "$YEAR", dir.toString()).redirectErrorStream(true).start()
        process.inputStream.text
        process.waitFor()

        expect:
        process.exitValue() == 0
        Files.readString(dir.resolve("scenarios-${YEAR}.json")) == DemoJson.write(scenarios)
        Files.readString(dir.resolve("providers-${YEAR}.json")) == DemoJson.write(providers)

        cleanup:
        dir.toFile().deleteDir()
    }

    def "external ids are unique"() {
        expect:
        scenarios*.externalId.toSet().size() == scenarios.size()
        providers*.externalId.toSet().size() == providers.size()
    }

    def "credit codes are valid GB 32100 codes, one per organisation"() {
        given:
        def enterprises = scenarios*.enterprise
        def codeToName = [:]
        enterprises.each { e -> codeToName.computeIfAbsent(e.creditCode) { [] as Set } << e.name }
        def nameToCode = [:]
        enterprises.each { e -> nameToCode.computeIfAbsent(e.name) { [] as Set } << e.creditCode }
        def providerCodes = providers*.creditCode

        expect:
        (enterprises*.creditCode + providerCodes).every { CreditCode.isValid(it) && it.length() == 18 && it.startsWith('91') }
        codeToName.values().every { it.size() == 1 }
        nameToCode.values().every { it.size() == 1 }
        providerCodes.toSet().size() == providers.size()
        providers*.name.toSet().size() == providers.size()
        codeToName.keySet().intersect(providerCodes).isEmpty()
        enterprises.every { it.creditCode.substring(2, 8) == it.region }
        providers.every { it.creditCode.substring(2, 8) == it.region }
    }

    def "every scenario has the exchange-format fields with the right types"() {
        expect:
        scenarios.each { s ->
            assert s.keySet() as List == SCENARIO_FIELDS
            assert s.year == YEAR
            assert s.title instanceof String && !s.title.isBlank() && s.title.length() <= 120
            assert s.description instanceof String && s.description.length() <= 5000
            assert s.enterprise.keySet() as List == ['name', 'creditCode', 'region', 'industryCode', 'scale']
            assert s.enterprise.name ==~ /青岛.{2,}(有限公司|股份有限公司)/
            assert s.enterprise.industryCode == s.industryCode
            assert s.enterprise.region == s.region
            assert s.enterprise.scale in ['规上', '规下']
            assert s.industryCode in DIVISIONS
            assert s.industryChain in CHAINS[s.industryCode]
            assert s.category in CATEGORIES
            assert s.modes instanceof List && !s.modes.isEmpty() && MODES.containsAll(s.modes) && s.modes.toSet().size() == s.modes.size()
            assert s.techTags instanceof List && (1..5).contains(s.techTags.size()) && s.techTags.every { it instanceof String && !it.isBlank() }
            assert s.region in DISTRICTS
            assert s.budget.keySet() as List == ['min', 'max']
            assert s.budget.min instanceof Integer && s.budget.max instanceof Integer
            assert 0 <= s.budget.min && s.budget.min <= s.budget.max
            assert s.budget.max >= 50_000 && s.budget.max <= 20_000_000
            assert (s.budget.min == 0 || s.budget.min >= 50_000)
            assert s.deadline ==~ /\d{4}-\d{2}-\d{2}/ && LocalDate.parse(s.deadline).year == YEAR
            assert s.contact.keySet() as List == ['name', 'phone', 'email']
            assert s.contact.name ==~ /[\u4e00-\u9fa5]{2,3}/
            assert s.contact.phone ==~ /1[3-9]\d{9}/
            assert s.contact.email ==~ /[a-z0-9.]+@example\.com/
        }
    }

    def "every provider has the exchange-format fields with the right types"() {
        expect:
        providers.each { p ->
            assert p.keySet().containsAll(['externalId', 'name', 'creditCode', 'region', 'description', 'platformType',
                                           'maturityLevel', 'capabilities', 'serviceRegions'])
            assert (p.keySet() - ['externalId', 'name', 'creditCode', 'region', 'description', 'platformType',
                                  'maturityLevel', 'capabilities', 'serviceRegions', 'cases', 'products']).isEmpty()
            assert p.name.endsWith('有限公司') && p.name.length() <= 120
            assert p.region ==~ /37\d{4}/
            assert p.description.length() >= 40 && p.description.length() <= 5000
            assert p.platformType in ['综合型', '特色型', '专业型']
            assert p.maturityLevel in [1, 2, 3]
            assert (1..4).contains(p.capabilities.size())
            p.capabilities.each { c ->
                assert c.keySet() as List == ['category', 'modes', 'industries', 'techTags', 'description']
                assert c.category in CATEGORIES
                assert !c.modes.isEmpty() && MODES.containsAll(c.modes)
                assert !c.industries.isEmpty() && DIVISIONS.containsAll(c.industries)
                assert (2..4).contains(c.techTags.size())
                assert !c.description.isBlank()
            }
            assert !p.serviceRegions.isEmpty()
            assert p.serviceRegions.every { it == '3702' || it == '370000' || it in DISTRICTS }
            assert (p.cases ?: []).size() <= 5
            (p.cases ?: []).each { c ->
                assert c.keySet() as List == ['title', 'industryCode', 'description', 'year']
                assert c.industryCode in DIVISIONS
                assert c.year instanceof Integer && c.year >= 2019 && c.year <= YEAR - 1
            }
            assert (p.products ?: []).size() <= 3
            (p.products ?: []).each { assert it.keySet() as List == ['name', 'description'] }
        }
    }

    def "the list covers every district, category, mode and manufacturing division"() {
        expect:
        scenarios*.region.toSet() == DISTRICTS as Set
        scenarios*.category.toSet() == CATEGORIES as Set
        scenarios*.modes.flatten().toSet() == MODES as Set
        scenarios*.industryCode.toSet() == DIVISIONS as Set
        scenarios*.enterprise*.scale.toSet() == ['规上', '规下'] as Set
        providers*.capabilities.flatten()*.category.toSet() == CATEGORIES as Set
    }

    def "budgets run from 5万 to 2000万 yuan"() {
        given:
        def max = scenarios*.budget*.max

        expect:
        max.min() <= 200_000
        max.max() >= 10_000_000
        scenarios.count { it.budget.min == it.budget.max } > 0
    }

    def "scenario texts vary: titles, descriptions, lengths, and no shared boilerplate"() {
        given:
        def titles = scenarios*.title
        def descriptions = scenarios*.description
        def lengths = descriptions*.length()
        // in how many descriptions each 40-character run occurs; a template would put its fixed
        // sentences in nearly all of them
        Map<String, Integer> runs = [:]
        descriptions.each { d ->
            def seen = [] as Set
            for (int i = 0; i + 40 <= d.length(); i++) {
                seen << d.substring(i, i + 40)
            }
            seen.each { runs[it] = (runs[it] ?: 0) + 1 }
        }
        def mostShared = runs.values().max()

        expect:
        titles.toSet().size() >= 0.90 * titles.size()
        descriptions.toSet().size() >= 0.95 * descriptions.size()
        lengths.every { it >= 80 && it <= 600 }
        lengths.count { it < 150 } >= 0.10 * lengths.size()
        lengths.count { it > 400 } >= 0.05 * lengths.size()
        mostShared <= 0.02 * descriptions.size()
    }

    def "tech tags go with the text"() {
        given:
        int named = scenarios.count { s -> s.techTags.any { (s.title + s.description).contains(it) } }
        def caps = providers.collectMany { p -> p.capabilities.collect { [p.description, it] } }
        int capsNamed = caps.count { pair -> def (d, c) = pair; c.techTags.any { d.contains(it) || c.description.contains(it) } }

        expect: 'most scenarios name at least one of their tags in the title or description'
        named >= 0.85 * scenarios.size()

        and: 'most capability entries name a tag in the provider description or the capability text'
        capsNamed >= 0.8 * caps.size()
    }

    def "the pool mixes 综合型, 特色型 and 专业型 providers, mostly city-wide, with a few look-alikes"() {
        given:
        def types = providers*.platformType.countBy { it }
        def lookAlikes = providers.findAll { p ->
            ['短视频', '售电', '代理电量', '第三方检', '计量校准与材料检测', '第三方物流', '货运代理', '合同物流',
             '视频会议', '云视频', '音视频', '城市级', '智慧园区', '城市信息模型']
                    .any { p.description.contains(it) }
        }
        def cityWide = providers.count { it.serviceRegions == ['3702'] }
        def districtsOnly = providers.count { it.serviceRegions.every { r -> r in DISTRICTS } }
        def province = providers.count { it.serviceRegions == ['370000'] }

        expect:
        types['专业型'] > types['特色型'] && types['特色型'] > types['综合型'] && types['综合型'] >= 10
        providers.findAll { it.platformType == '综合型' }.every { it.capabilities.size() >= 3 }
        providers.findAll { it.platformType == '专业型' }.count { it.capabilities.size() <= 2 } >= 0.9 * types['专业型']
        lookAlikes.size() >= 0.02 * providers.size() && lookAlikes.size() <= 0.08 * providers.size()
        cityWide >= 0.6 * providers.size()
        districtsOnly >= 10
        province >= 5 && province <= 0.1 * providers.size()
        providers*.description.toSet().size() >= 0.95 * providers.size()
        providers.count { it.cases } >= 0.6 * providers.size()
    }

    def "five of each are written to target/demo for reading"() {
        when:
        def files = DemoExport.export(YEAR, Path.of('target/demo'))

        then:
        files.every { Files.size(it) > 0 }
        Files.readString(files[2]).contains('"QD-2026-0001"')
    }
}
