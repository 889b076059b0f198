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
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios?page=500&size=100')).errors*.field == ['page']
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios?page=500')).errors[0].message.startsWith('不能大于 499 (')
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios?cursor=bm9wZQ')).errors*.field == ['cursor']
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios/matrix?rows=colour')).errors*.field == ['rows']
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios/matrix?rows=category&cols=category')).errors*.field == ['cols']
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios/1/similar?size=0')).status == 400
    }

    def "a page past the last hit is empty, with the total; beyond OpenSearch's window too"() {
        when:
        def past = search(page: 200, size: 100)

        then:
        past.total == 31
        past.items == []
        !past.containsKey('nextCursor')
    }

    def "nextCursor continues after a page in the same order, to the end, under every sort"() {
        when:
        def pages = []
        def page = search(size: 7, sort: sort)
        pages << page
        while (page.nextCursor) {
            page = search(size: 7, sort: sort, cursor: page.nextCursor)
            pages << page
        }
        def cursorIds = pages.collectMany { it.items*.id }
        def offsetIds = (0..4).collectMany { search(size: 7, page: it, sort: sort).items*.id }

        then:
        cursorIds.size() == 31
        cursorIds.unique(false).size() == 31
        cursorIds == offsetIds
        pages.every { it.total == 31 }

        where:
        sort << ['newest', 'budget']
    }

    def "a cursor keeps a query's relevance order and does not fit another order"() {
        when:
        def first = search(q: '检测', size: 2)
        def second = search(q: '检测', size: 2, cursor: first.nextCursor)
        def all = search(q: '检测', size: 4)

        then:
        first.total >= 4
        (first.items*.id + second.items*.id) == all.items*.id
        api.problem(HttpRequest.GET(UriBuilder.of('/api/v1/catalogue/scenarios').queryParam('sort', 'newest')
                .queryParam('cursor', first.nextCursor).build())).errors*.field == ['cursor']
    }

    def "the matrix counts the matches by two dimensions, with names and the search's filters"() {
        when:
        def matrix = get('/api/v1/catalogue/scenarios/matrix', [rows: 'chain', cols: 'category'])
        def quality = get('/api/v1/catalogue/scenarios/matrix', [rows: 'region', cols: 'mode', category: 'QUAL'])
        def byIndustry = get('/api/v1/catalogue/scenarios/matrix', [rows: 'industry', cols: 'category', q: '轮胎'])

        then:
        matrix.total == 31
        matrix.cells.sum { it.count } == 31 // every record has one chain and one category
        matrix.rows.find { it.key == '新材料' }.count == 4
        matrix.cells.find { it.row == '新材料' && it.col == 'SAFE' }.count == 1
        matrix.cols.find { it.key == 'QUAL' }.name == '质量管控'
        matrix.cols*.key.containsAll(['RD', 'PROD', 'QUAL'])
        matrix.rows.every { it.name }
        quality.total == search(category: 'QUAL').total
        quality.rows.every { it.name && it.key ==~ /\d{6}/ }
        quality.cells.every { it.count > 0 }
        byIndustry.rows*.key == ['C29']
        byIndustry.rows[0].name.contains('橡胶')
    }

    def "similar scenarios share the technique, leave the scenario itself out, and only public ones are asked about"() {
        given:
        def tyre = search(q: '轮胎X光缺陷判定').items[0]
        def aoi = search(q: 'AOI').items.find { it.externalId == 'CAT-AOI-1' }

        when:
        def similar = get("/api/v1/catalogue/scenarios/${aoi.id}/similar", [size: 3])

        then:
        similar.items.size() == 3
        !(aoi.id in similar.items*.id)
        similar.items*.externalId.contains('QD-2025-0014') // the other defect inspection
        similar.items.every { it.title && it.snippet && it.enterprise && it.modes != null }
        get("/api/v1/catalogue/scenarios/${tyre.id}/similar", [:]).items.size() in 1..5
        get("/api/v1/catalogue/scenarios/${tyre.id}/similar", [size: 3]).items*.externalId.contains('CAT-AOI-1')
        api.problem(HttpRequest.GET('/api/v1/catalogue/scenarios/999999/similar')).status == 404
    }

    def "the search box completes by prefix, full pinyin and pinyin initials: terms, titles and providers"() {
        expect:
        suggest('szls').any { it.text == '数字孪生' && it.kind == 'term' }
        suggest('shuzi').any { it.text.startsWith('数字') }
        suggest('数字孪').first().text.startsWith('数字孪生')
        suggest('全钢').any { it.kind == 'scenario' && it.text == '全钢子午线轮胎X光图像缺陷智能判定' && it.id }
        suggest('熔铸').any { it.kind == 'scenario' && it.text.startsWith('铝型材熔铸') }
        suggest('mes').any { it.text == 'MES' }
        suggest('qgzwx').any { it.kind == 'scenario' && it.text.startsWith('全钢子午线') }
        suggest('青岛').any { it.kind == 'provider' }
        get('/api/v1/catalogue/suggest', [q: '']).items == []
        get('/api/v1/catalogue/suggest', [q: 'sz', size: 3]).items.size() == 3
    }

    private List<Map> suggest(String q) {
        get('/api/v1/catalogue/suggest', [q: q]).items as List<Map>
    }

    private Map get(String path, Map params) {
        def uri = UriBuilder.of(path)
        params.each { k, v -> uri.queryParam(k as String, v) }
        client.toBlocking().retrieve(HttpRequest.GET(uri.build()), Map)
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
