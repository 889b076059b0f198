package cn.scenehub.catalogue

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import cn.scenehub.support.SharedData
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.uri.UriBuilder
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions

@MicronautTest(transactional = false)
class CatalogueSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client
    @Inject
    OutboxRepository outbox

    @Shared Api api
    @Shared Map ids

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            def records = new JsonSlurper().parse(SharedData.matchingDev('scenarios.json')) as List<Map>
            def template = records[0]
            records << template + [externalId: 'CAT-AOI-1', title: '冲压件表面缺陷检测系统', category: 'QUAL',
                                   description: '冲压车间需要对钣金件进行表面缺陷检测，识别划伤、凹坑和压痕，替代人工目检。',
                                   techTags: ['表面缺陷检测'], enterprise: template.enterprise + [creditCode: Marketplace.creditCode('370211'), name: '青岛冲压测试有限公司']]
            ids = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/scenarios', JsonOutput.toJson(records))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(api.admin()), Map).ids
            client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/providers', SharedData.matchingDev('providers.json').text)
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(api.admin()), Map)
            new PollingConditions(timeout: 60).eventually {
                assert outbox.count() == 0
                assert search([:]).total == 31
                assert providers([:]).total == 60
            }
        }
    }

    def "a query finds its scenario first, with a highlighted snippet and only public fields"() {
        when:
        def result = search(q: '轮胎X光缺陷判定')

        then:
        result.items[0].externalId == 'QD-2025-0014'
        result.items[0].snippet.contains('<em>')
        !result.items[0].containsKey('contact')
        result.items[0].enterprise
    }

    def "a query in one wording finds a record written in another (synonyms, both ways)"() {
        expect:
        search(q: query).items*.externalId.contains('CAT-AOI-1')

        where:
        query << ['AOI', '瑕疵检测', '视觉质检', 'aoi']
    }

    def "facets count the matches with names; filters take codes or Chinese names"() {
        when:
        def all = search([:])
        def quality = search(category: '质量管控')

        then:
        all.facets.category.sum { it.count } == all.total
        all.facets.category.find { it.key == 'QUAL' }.name == '质量管控'
        all.facets.region.every { it.name }
        all.facets.year == [[key: '2025', name: '2025年', count: 31]]
        quality.total == all.facets.category.find { it.key == 'QUAL' }.count
        quality.items.every { it.category == 'QUAL' }
        search(category: 'QUAL').total == quality.total
    }

    def "without a query the newest come first; paging keeps the order"() {
        when:
        def first = search(size: 10, page: 0)
        def second = search(size: 10, page: 1)

        then:
        first.items.size() == 10
        (first.items*.id + second.items*.id).unique().size() == 20
    }

    def "bad parameters are 400 problems naming the parameter"() {
        expect:
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios?sort=random')).errors*.field == ['sort']
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios?category=NOPE')).errors*.field == ['category']
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios?size=1000')).status == 400
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios?page=200&size=100')).errors*.field == ['page']
    }

    def "providers are found by what they can do; a district finds those serving it"() {
        when:
        def carbon = providers(q: '产品碳足迹核算')
        def huangdao = providers(region: '黄岛区', size: 100)

        then:
        carbon.items[0].techTags.any { it.contains('碳') }
        carbon.items[0].snippet
        !carbon.items[0].containsKey('creditCode')
        huangdao.total > 0
        huangdao.items.every { it.region == '370211' || it.serviceRegions.any { r -> r in ['370211', '370200', '370000'] } }
        providers([:]).facets.category.find { it.key == 'QUAL' }?.name == '质量管控'
        providers(category: 'QUAL', size: 100).items.every { 'QUAL' in it.categories }
    }

    private Map providers(Map params) {
        def uri = UriBuilder.of('/api/v1/catalogue/providers')
        params.each { k, v -> uri.queryParam(k as String, v) }
        client.toBlocking().retrieve(HttpRequest.GET(uri.build()), Map)
    }

    private Map search(Map params) {
        def uri = UriBuilder.of('/api/v1/catalogue/scenarios')
        params.each { k, v -> uri.queryParam(k as String, v) }
        client.toBlocking().retrieve(HttpRequest.GET(uri.build()), Map)
    }
}
