package cn.scenehub.matching

import cn.scenehub.imports.ImportService
import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import cn.scenehub.support.SharedData
import groovy.json.JsonSlurper
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

/** The match endpoints over the development set imported into the real database. */
@MicronautTest(transactional = false)
class MatchingSpec extends IntegrationSpec {

    static final String JIAOZHOU = '370281'

    @Inject @Client('/') HttpClient client
    @Inject ImportService imports

    @Shared Api api
    @Shared Marketplace market
    @Shared String admin
    @Shared Map<String, Long> scenarioIds = [:]
    @Shared Map<String, Long> providerIds = [:]
    @Shared Map<String, Map<String, Integer>> grades = [:].withDefault { [:] }
    @Shared Map<String, Map> scenarioRecords = [:]

    def setup() {
        if (api != null) {
            return
        }
        api = new Api(client.toBlocking())
        market = new Marketplace(api)
        admin = api.admin()
        def providers = new JsonSlurper().parse(SharedData.matchingDev('providers.json')) as List<Map>
        def scenarios = new JsonSlurper().parse(SharedData.matchingDev('scenarios.json')) as List<Map>
        providerIds = imports.importRecords(ImportService.Kind.PROVIDERS, providers, null, null).ids()
        scenarioIds = imports.importRecords(ImportService.Kind.SCENARIOS, scenarios, null, null).ids()
        scenarios.each { scenarioRecords[it.externalId] = it }
        SharedData.matchingDev('qrels.tsv').readLines('UTF-8').each {
            def f = it.split('\t')
            if (f.length == 3 && f[2].isInteger()) grades[f[0]][f[1]] = f[2] as int
        }
    }

    def "a scenario's matches: ranked providers with reasons in Chinese, best first, the first one a good fit"() {
        when:
        def body = api.get("/api/v1/scenarios/${scenarioIds['QD-2025-0014']}/matches?limit=5", admin)

        then:
        body.items.size() == 5
        body.items*.score == body.items*.score.sort(false).reverse()
        body.items.every { it.provider.id && it.provider.externalId && it.provider.name }
        grades['QD-2025-0014'][body.items[0].provider.externalId] >= 2

        and: 'the best one says which capability, technique and industry experience it rests on'
        def reasons = body.items[0].reasons
        reasons*.kind.containsAll(['capability', 'technique', 'industry'])
        reasons.find { it.kind == 'capability' }.text.startsWith('能力: 质量管控')
        reasons.find { it.kind == 'industry' }.text ==~ /(相近)?行业经验: .+ 案例 \d+ 个|服务(相近)?行业: .+/
        reasons.every { it.text && it.evidence != null }
    }

    def "a technique written differently is explained as a synonym"() {
        given: 'an enterprise posts a need in other words than the provider uses'
        def enterprise = market.organizationWithUser('MANUFACTURER', JIAOZHOU, 'C39')
        def scenario = api.post('/api/v1/scenarios', [year: 2026, title: '电路板外观瑕疵检测', description: '希望用视觉质检替代人工目检电路板外观瑕疵。',
                industryCode: 'C39', category: 'QUAL', modes: ['智能化制造'], techTags: ['视觉质检'], region: JIAOZHOU], enterprise.token)

        when: 'the enterprise itself asks for its matches'
        def items = api.get("/api/v1/scenarios/${scenario.id}/matches", enterprise.token).items

        then:
        items.any { item -> item.reasons.any { it.kind == 'technique' && it.text.contains('(同义)') } }
    }

    def "matches are for the scenario's enterprise, its district's commissioners and admins only"() {
        given:
        long id = scenarioIds['QD-2025-0001']
        String district = scenarioRecords['QD-2025-0001'].region
        def own = market.commissioner([district])
        def other = market.commissioner([district == JIAOZHOU ? '370211' : JIAOZHOU])
        def stranger = market.organizationWithUser('MANUFACTURER', district)

        expect:
        api.get("/api/v1/scenarios/$id/matches", own).items
        api.problem(HttpRequest.GET("/api/v1/scenarios/$id/matches"), other).status == 404
        api.problem(HttpRequest.GET("/api/v1/scenarios/$id/matches"), stranger.token).status == 404
        api.problem(HttpRequest.GET("/api/v1/scenarios/$id/matches")).status == 401
    }

    def "a limit out of range is a problem naming limit"() {
        when:
        def problem = api.problem(HttpRequest.GET("/api/v1/scenarios/${scenarioIds['QD-2025-0002']}/matches?limit=0"), admin)

        then:
        problem.status == 400
        problem.toString().contains('limit')
    }

    def "a provider sees the open scenarios that suit it, and only its own list"() {
        given: 'a user of an imported provider'
        long providerId = providerIds['FWS-2025-048']
        String username = Marketplace.unique('p')
        api.post("/api/v1/organizations/$providerId/users", [username: username, password: 'user-password',
                displayName: '服务商', role: 'PROVIDER'], admin)
        String token = api.login(username, 'user-password')

        when:
        def items = api.get("/api/v1/providers/$providerId/matches?limit=3", token).items

        then: 'its best scenario is one judged a good fit for it'
        items.size() == 3
        items.every { it.scenario.id && it.scenario.title && it.reasons }
        grades[items[0].scenario.externalId]['FWS-2025-048'] >= 2

        and: "another provider's list is not its business"
        api.problem(HttpRequest.GET("/api/v1/providers/${providerIds['FWS-2025-011']}/matches"), token).status == 404
    }

    def "feedback on a pair is stored, shown with the match, audited; not a fit needs a reason"() {
        given:
        long id = scenarioIds['QD-2025-0003']
        def top = api.get("/api/v1/scenarios/$id/matches?limit=3", admin).items[0]

        when:
        def missing = api.problem(HttpRequest.POST("/api/v1/scenarios/$id/matches/${top.provider.id}/feedback",
                [verdict: 'NOT_A_FIT']), admin)
        def unknown = api.problem(HttpRequest.POST("/api/v1/scenarios/$id/matches/${top.provider.id}/feedback",
                [verdict: 'MAYBE']), admin)
        def saved = api.post("/api/v1/scenarios/$id/matches/${top.provider.id}/feedback", [verdict: 'CONTACTED'], admin)

        then:
        missing.status == 400
        missing.toString().contains('reason')
        unknown.status == 400
        unknown.errors*.field == ['verdict']
        saved.verdict == 'CONTACTED'
        api.get("/api/v1/scenarios/$id/matches?limit=3", admin).items[0].feedback == 'CONTACTED'
        api.getList("/api/v1/scenarios/$id/matches/feedback", admin)*.verdict == ['CONTACTED']

        and: 'the evaluation against feedback counts it: the contacted provider is the top one, so MRR is 1'
        def evaluation = api.get('/api/v1/admin/matching/evaluation', admin)
        evaluation.judgedPairs >= 1
        evaluation.scenarios >= 1
        evaluation.mrr == 1.0
    }

    def "administrators adjust the weights; bad weights are refused field by field"() {
        given:
        def current = api.get('/api/v1/admin/matching/weights', admin)
        def nobody = market.organizationWithUser('MANUFACTURER', JIAOZHOU)
        def commissioner = market.commissioner([JIAOZHOU])

        when:
        def bad = api.problem(HttpRequest.PUT('/api/v1/admin/matching/weights', current.weights + [text: -1]), admin)
        def forbidden = api.problem(HttpRequest.PUT('/api/v1/admin/matching/weights', current.weights), commissioner)
        def updated = api.put('/api/v1/admin/matching/weights', current.weights + [generalist: 0.5], admin)
        def reset = api.exchange(HttpRequest.DELETE('/api/v1/admin/matching/weights'), admin).body()

        then:
        bad.status == 400
        bad.toString().contains('text')
        forbidden.status == 403
        api.problem(HttpRequest.GET('/api/v1/admin/matching/evaluation'), nobody.token).status == 403
        updated.version == current.version + 1
        updated.weights.generalist == 0.5
        reset.version == 0
    }
}
