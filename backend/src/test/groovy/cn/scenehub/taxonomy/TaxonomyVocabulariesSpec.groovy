package cn.scenehub.taxonomy

import cn.scenehub.support.IntegrationSpec
import groovy.json.JsonSlurper
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

/** The vocabularies seeded by V2, as GET /api/v1/taxonomy answers them, against the shared development set. */
@MicronautTest(transactional = false)
class TaxonomyVocabulariesSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client
    @Inject
    TaxonomyService taxonomy
    @Inject
    TaxonomyLookup lookup

    @Shared
    Map dev = loadDevSet()

    def setup() {
        taxonomy.evictCache()
    }

    def "industries: the 31 manufacturing divisions C13–C43 under section C, then the service divisions under I and M"() {
        when:
        def body = taxonomy()

        then:
        def manufacturing = body.industries.findAll { it.parentCode == 'C' }
        manufacturing.size() == 31
        manufacturing*.code == (13..43).collect { "C$it".toString() }
        body.industries.find { it.code == 'C29' }.name == '橡胶和塑料制品业'
        body.industries.find { it.code == 'C39' }.name == '计算机、通信和其他电子设备制造业'
        body.industries.find { it.code == 'C43' }.name == '金属制品、机械和设备修理业'
        body.industries.findAll { it.parentCode != 'C' }.collect { [it.code, it.parentCode] } ==
                [['I63', 'I'], ['I64', 'I'], ['I65', 'I'], ['M73', 'M'], ['M74', 'M'], ['M75', 'M']]
        body.industries.find { it.code == 'I65' }.name == '软件和信息技术服务业'
        body.sections.collect { [it.code, it.name] } ==
                [['C', '制造业'], ['I', '信息传输、软件和信息技术服务业'], ['M', '科学研究和技术服务业']]
    }

    def "regions: Shandong, Qingdao and its ten districts, the Jiaodong cities with theirs, linked child → parent"() {
        when:
        def regions = taxonomy().regions
        def byCode = regions.collectEntries { [it.code, it] }

        then:
        regions.size() == 58
        regions.first() == [code: '370000', name: '山东省']
        regions.findAll { it.parentCode == '370200' }*.name ==
                ['市南区', '市北区', '黄岛区', '崂山区', '李沧区', '城阳区', '即墨区', '胶州市', '平度市', '莱西市']
        regions.findAll { it.parentCode == '370600' }.size() == 11
        regions.findAll { it.parentCode == '370700' }.size() == 12
        regions.findAll { it.parentCode == '371000' }*.name == ['环翠区', '文登区', '荣成市', '乳山市']
        regions.findAll { it.parentCode == '371100' }*.name == ['东港区', '岚山区', '五莲县', '莒县']
        regions.findAll { it.parentCode == '370000' }.size() == 16
        byCode['370614'].name == '蓬莱区'
        // every parent is itself a seeded region
        regions.findAll { it.parentCode }.every { byCode.containsKey(it.parentCode) }
    }

    def "chains and tech tags: slugs and Chinese names; at least 200 tags, each under a category or none"() {
        when:
        def body = taxonomy()
        def categories = body.categories*.code as Set

        then:
        body.chains.size() == 39
        body.chains.every { it.code ==~ /[a-z0-9-]+/ && it.name ==~ /.*\p{IsHan}.*/ }
        body.chains.find { it.code == 'smart-home-appliances' }.name == '智能家电'
        body.techTags.size() == 345
        body.techTags.every { it.code == it.name }
        body.techTags.every { it.parentCode == null || it.parentCode in categories }
        body.techTags.find { it.code == '机器视觉' }.parentCode == 'QUAL'
        body.techTags.find { it.code == '立体库' }.parentCode == 'SUPPLY'
        !body.techTags.find { it.code == '数字孪生' }.containsKey('parentCode')
    }

    def "modes and categories keep their shape: code and name only"() {
        when:
        def body = taxonomy()

        then:
        (body.modes + body.categories).every { it.keySet() == ['code', 'name'] as Set }
    }

    def "every industry, region, chain and tag of the development set is in the vocabularies"() {
        given:
        def body = taxonomy()
        def scenarios = dev.scenarios
        def providers = dev.providers
        def capabilities = providers*.capabilities.flatten()

        expect:
        (scenarios*.industryCode as Set).size() == 18
        def industries = (scenarios*.industryCode + scenarios*.enterprise*.industryCode +
                capabilities*.industries.flatten() + providers*.cases.flatten()*.industryCode).findAll() as Set
        industries.size() == 23
        (industries - (body.industries*.code as Set)).isEmpty()

        def regions = (scenarios*.region + scenarios*.enterprise*.region + providers*.region) as Set
        (regions - (body.regions*.code as Set)).isEmpty()
        def serviceRegions = providers*.serviceRegions.flatten().findAll() as Set
        serviceRegions.every { lookup.resolve(TaxonomyKind.REGION, it).isPresent() }

        def tags = (scenarios*.techTags.flatten() + capabilities*.techTags.flatten()).findAll() as Set
        tags.size() == 227
        (tags - (body.techTags*.code as Set)).isEmpty()

        def chains = scenarios*.industryChain.findAll() as Set
        chains.size() == 15
        chains.every { lookup.resolve(TaxonomyKind.CHAIN, it).isPresent() }

        (scenarios*.category + capabilities*.category).every { lookup.resolve(TaxonomyKind.CATEGORY, it).isPresent() }
        (scenarios*.modes.flatten() + capabilities*.modes.flatten()).every { lookup.resolve(TaxonomyKind.MODE, it).isPresent() }
    }

    private Map taxonomy() {
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/taxonomy'), Map)
    }

    private static Map loadDevSet() {
        def dir = new File('../../shared/data/matching-dev').exists() ? '../../shared/data/matching-dev' : '../shared/data/matching-dev'
        [scenarios: new JsonSlurper().parse(new File(dir, 'scenarios.json')),
         providers: new JsonSlurper().parse(new File(dir, 'providers.json'))]
    }
}
