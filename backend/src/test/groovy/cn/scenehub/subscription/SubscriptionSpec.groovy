package cn.scenehub.subscription

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import cn.scenehub.support.SharedData
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.http.MediaType
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class SubscriptionSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client

    def "providers hear of a newly published scenario that fits their capability map or a saved search"() {
        given:
        def api = new Api(client.toBlocking())
        def market = new Marketplace(api)
        def enterprise = market.organizationWithUser('MANUFACTURER', '370212')
        def byMap = market.listedProvider('370211')
        def bySearch = market.listedProvider('370211')
        def elsewhere = market.listedProvider('370211')
        api.post('/api/v1/subscriptions', [kind: 'CAPABILITY_MAP', name: '我的能力图谱'], byMap.token)
        def search = api.post('/api/v1/subscriptions', [kind: 'SAVED_SEARCH', name: '崂山OEE',
                criteria: [q: 'oee 硫化', regions: ['崂山区'], categories: ['质量管控']]], bySearch.token)
        api.post('/api/v1/subscriptions', [kind: 'SAVED_SEARCH', name: '研发', criteria: [categories: ['研发设计']]], elsewhere.token)

        expect:
        search.criteria == [q: 'oee 硫化', categories: ['QUAL'], industries: [], regions: ['370212'], modes: []]

        when:
        def s = market.publishedScenario(enterprise, [title: '轮胎硫化车间OEE分析与外观缺陷视觉检测',
                description: '硫化机约120台，希望实现设备联网和OEE分析，并用机器视觉检测轮胎外观缺陷。', techTags: ['设备联网', '缺陷检测']])

        then: 'the capability map is among the best for the scenario, the saved search names its words'
        told(api, byMap.token) == ["/api/v1/scenarios/${s.id}".toString()]
        told(api, bySearch.token) == ["/api/v1/scenarios/${s.id}".toString()]
        told(api, elsewhere.token) == []
    }

    def "an imported annual list tells each subscriber once, of all its fitting scenarios together"() {
        given:
        def api = new Api(client.toBlocking())
        def market = new Marketplace(api)
        def weaving = market.listedProvider('370211')
        def nothing = market.listedProvider('370211')
        def word = 'zq' + UUID.randomUUID().toString().substring(0, 6) // only this spec's records have it
        api.post('/api/v1/subscriptions', [kind: 'SAVED_SEARCH', name: '织造排产', criteria: [q: word]], weaving.token)
        api.post('/api/v1/subscriptions', [kind: 'SAVED_SEARCH', name: '无关', criteria: [q: word + 'x']], nothing.token)
        def template = (new JsonSlurper().parse(SharedData.matchingDev('scenarios.json')) as List<Map>)[0]
        def records = (1..3).collect { n ->
            template + [externalId: "DIGEST-${word}-${n}".toString(), title: "织造车间排产优化${n}".toString(),
                        description: n < 3 ? "织机排产与${word}改造".toString() : '与订阅无关的场景',
                        enterprise: template.enterprise + [creditCode: Marketplace.creditCode('370211'),
                                                           name: "青岛${word}${n}有限公司".toString()]]
        }

        when:
        def result = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/scenarios?status=PUBLISHED',
                JsonOutput.toJson(records)).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(api.admin()), Map)
        def notes = api.get('/api/v1/notifications', weaving.token).items.findAll { it.type == 'SCENARIO_MATCHED' }

        then:
        result.created == 3
        notes.size() == 1
        notes[0].title.startsWith('新发布的 2 个场景符合您的订阅「织造排产」')
        notes[0].body.readLines() == ['织造车间排产优化1', '织造车间排产优化2']
        notes[0].link == "/api/v1/providers/${weaving.org.id}/matches".toString()
        told(api, nothing.token) == []

        when: 'the same list imported again creates nothing, so tells nobody'
        client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/scenarios?status=PUBLISHED',
                JsonOutput.toJson(records)).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(api.admin()), Map)

        then:
        told(api, weaving.token).size() == 1
    }

    def "bad filters are named; only providers subscribe, and only to their own"() {
        given:
        def api = new Api(client.toBlocking())
        def market = new Marketplace(api)
        def provider = market.listedProvider('370211')
        def other = market.listedProvider('370211')
        def mine = api.post('/api/v1/subscriptions', [kind: 'CAPABILITY_MAP', name: '图谱'], provider.token)

        expect:
        api.problem(HttpRequest.POST('/api/v1/subscriptions', [kind: 'SAVED_SEARCH', name: 'x', criteria: [categories: ['质量', '质量管控']]]), provider.token).errors*.field == ['criteria.categories[0]']
        api.problem(HttpRequest.POST('/api/v1/subscriptions', [kind: 'SAVED_SEARCH', name: 'x', criteria: [q: ' ']]), provider.token).errors*.field == ['criteria']
        api.problem(HttpRequest.POST('/api/v1/subscriptions', [kind: 'CAPABILITY_MAP', name: 'x']),
                market.organizationWithUser('MANUFACTURER', '370212').token).status == 403
        api.problem(HttpRequest.DELETE("/api/v1/subscriptions/${mine.id}"), other.token).status == 404
        api.getList('/api/v1/subscriptions', provider.token)*.id == [mine.id]
    }

    private static List told(Api api, String token) {
        api.get('/api/v1/notifications', token).items.findAll { it.type == 'SCENARIO_MATCHED' }*.link
    }
}
