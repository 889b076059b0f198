package cn.scenehub.matching.batch

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

/** Batch matching of an annual list through the API: run, watch, review, edit, publish. */
@MicronautTest(transactional = false)
class MatchPlanSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject ImportService imports

    @Shared Api api
    @Shared Marketplace market
    @Shared String admin
    @Shared Map<String, Long> scenarioIds
    @Shared Map<String, Long> providerIds
    @Shared Map<String, Map> scenarioRecords = [:]
    @Shared long listId

    def setup() {
        if (api != null) {
            return
        }
        api = new Api(client.toBlocking())
        market = new Marketplace(api)
        admin = api.admin()
        def providers = new JsonSlurper().parse(SharedData.matchingDev('providers.json')) as List<Map>
        def scenarios = new JsonSlurper().parse(SharedData.matchingDev('scenarios.json')) as List<Map>
        scenarios.each { scenarioRecords[it.externalId] = it }
        providerIds = imports.importRecords(ImportService.Kind.PROVIDERS, providers, null, null).ids()
        scenarioIds = imports.importRecords(ImportService.Kind.SCENARIOS, scenarios, null, null).ids()
        listId = api.post('/api/v1/annual-lists', [year: 2025, title: '2025年工业赋能场景清单'], admin).id as long
        api.post("/api/v1/annual-lists/$listId/entries", [scenarioIds: scenarioIds.values().toList()], admin)
    }

    /** The plan once its job is done (READY or FAILED), polling like the portal's progress bar. */
    Map finished(long planId, String token) {
        long deadline = System.currentTimeMillis() + 60_000
        Map plan = api.get("/api/v1/match-plans/$planId", token)
        while (!(plan.status in ['READY', 'FAILED']) && System.currentTimeMillis() < deadline) {
            Thread.sleep(300)
            plan = api.get("/api/v1/match-plans/$planId", token)
        }
        plan
    }

    def "an admin's plan proposes k providers per scenario, no provider beyond c, at least the greedy total"() {
        when:
        def queued = api.post("/api/v1/annual-lists/$listId/match-plans", [perScenario: 3, perProvider: 4], admin)
        def plan = finished(queued.id as long, admin)
        def items = api.get("/api/v1/match-plans/${plan.id}/items?size=500", admin).items

        then:
        queued.status == 'QUEUED'
        plan.status == 'READY'
        plan.progress == 1.0
        plan.scenarioCount == 30
        plan.optimalityGap == 0
        plan.totalScore >= plan.greedyScore - 1e-6
        items.size() == plan.pairCount
        items.groupBy { it.scenario.id }.values().every { it.size() <= 3 }
        items.groupBy { it.provider.id }.values().every { it.size() <= 4 }
        items.every { it.source == 'AUTO' && it.score > 0 && it.provider.name && it.scenario.title }
    }

    def "a commissioner's plan covers only the scenarios of their districts, and only they and admins see it"() {
        given:
        String district = scenarioRecords['QD-2025-0001'].region
        int inDistrict = scenarioRecords.values().count { it.region == district }
        def commissioner = market.commissioner([district])
        def other = market.commissioner([district == '370281' ? '370211' : '370281'])
        def enterprise = market.organizationWithUser('MANUFACTURER', district)

        when:
        def plan = finished(api.post("/api/v1/annual-lists/$listId/match-plans", [:], commissioner).id as long, commissioner)

        then:
        plan.scenarioCount == inDistrict
        plan.districts == [district]
        api.problem(HttpRequest.GET("/api/v1/match-plans/${plan.id}"), other).status == 404
        api.problem(HttpRequest.POST("/api/v1/annual-lists/$listId/match-plans", [:]), enterprise.token).status == 403
        api.getList("/api/v1/annual-lists/$listId/match-plans", other).every { it.id != plan.id }
    }

    def "the commissioner edits the plan within its limits, then publishes it once"() {
        given:
        def plan = finished(api.post("/api/v1/annual-lists/$listId/match-plans", [perScenario: 2, perProvider: 10], admin).id as long, admin)
        long scenario = scenarioIds['QD-2025-0014']
        def pairs = api.get("/api/v1/match-plans/${plan.id}/items?scenarioId=$scenario", admin).items
        long outsider = providerIds.values().find { id -> !pairs.any { it.provider.id == id } }

        when: 'adding a third provider to a scenario that has its two is refused, naming the field'
        def full = api.problem(HttpRequest.POST("/api/v1/match-plans/${plan.id}/items", [scenarioId: scenario, providerId: outsider]), admin)

        and: 'one is removed and another added by hand'
        api.exchange(HttpRequest.DELETE("/api/v1/match-plans/${plan.id}/items/${pairs[1].id}"), admin)
        def added = api.post("/api/v1/match-plans/${plan.id}/items", [scenarioId: scenario, providerId: outsider], admin)
        def again = api.problem(HttpRequest.POST("/api/v1/match-plans/${plan.id}/items", [scenarioId: scenario, providerId: outsider]), admin)

        and:
        def published = api.post("/api/v1/match-plans/${plan.id}/publish", [:], admin)
        def twice = api.problem(HttpRequest.POST("/api/v1/match-plans/${plan.id}/publish", [:]), admin)

        then:
        pairs.size() == 2
        full.status == 400
        full.toString().contains('scenarioId')
        added.source == 'MANUAL'
        again.status == 409
        published.status == 'PUBLISHED'
        twice.status == 409
        api.get("/api/v1/match-plans/${plan.id}/items?scenarioId=$scenario", admin).items*.provider*.id as Set == [pairs[0].provider.id, outsider] as Set
    }

    def "bad parameters are named"() {
        expect:
        api.problem(HttpRequest.POST("/api/v1/annual-lists/$listId/match-plans", [perScenario: 0]), admin).toString().contains('perScenario')
        api.problem(HttpRequest.POST("/api/v1/annual-lists/999999/match-plans", [:]), admin).status == 404
    }
}
