package cn.scenehub.proposal

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import cn.scenehub.support.TestClock
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.time.Duration

@MicronautTest(transactional = false)
class ProposalSpec extends IntegrationSpec {

    static final String LAOSHAN = '370212'
    static final String HUANGDAO = '370211'

    @Inject @Client('/') HttpClient client
    @Inject TestClock clock
    @Inject ProviderRatingRepository ratings

    @Shared Api api
    @Shared Marketplace market
    @Shared Map enterprise
    @Shared Map provider
    @Shared Map rival
    @Shared String laoshan
    @Shared String huangdao

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            market = new Marketplace(api)
            enterprise = market.organizationWithUser('MANUFACTURER', LAOSHAN)
            provider = market.listedProvider(HUANGDAO)
            rival = market.listedProvider(HUANGDAO)
            laoshan = market.commissioner([LAOSHAN])
            huangdao = market.commissioner([HUANGDAO])
        }
    }

    def cleanup() {
        clock.reset()
    }

    def "a listed provider answers; owner and district commissioner see the proposals side by side, rivals see none"() {
        given:
        def s = market.publishedScenario(enterprise)

        when:
        def mine = api.post("/api/v1/scenarios/${s.id}/proposals", form(), provider.token)
        def theirs = api.post("/api/v1/scenarios/${s.id}/proposals", form(price: [min: 300000, max: 350000]), rival.token)

        then:
        mine.status == 'SUBMITTED'
        mine.provider.id == provider.org.id
        mine.citedCases == ['轮胎X光缺陷自动判定']

        when:
        def byOwner = api.getList("/api/v1/scenarios/${s.id}/proposals", enterprise.token)
        def byCommissioner = api.getList("/api/v1/scenarios/${s.id}/proposals", laoshan)

        then: "both proposals, each beside the engine's match of its provider"
        byOwner*.id == [mine.id, theirs.id]
        byOwner.every { it.match.score > 0 && it.match.reasons.any { r -> r.startsWith('能力: ') } }
        byCommissioner*.price.min == [400000, 300000]

        and: 'a provider sees only its own, never a rival proposal or its price'
        api.getList("/api/v1/scenarios/${s.id}/proposals", rival.token)*.id == [theirs.id]
        api.problem(HttpRequest.GET("/api/v1/proposals/${mine.id}"), rival.token).status == 404
        api.getList('/api/v1/proposals', rival.token)*.id.contains(theirs.id)
        !api.getList('/api/v1/proposals', rival.token)*.id.contains(mine.id)

        and: 'a commissioner of another district and another enterprise get 404'
        api.problem(HttpRequest.GET("/api/v1/proposals/${mine.id}"), huangdao).status == 404
        api.problem(HttpRequest.GET("/api/v1/scenarios/${s.id}/proposals"), huangdao).status == 404
        api.problem(HttpRequest.GET("/api/v1/proposals/${mine.id}"),
                market.organizationWithUser('MANUFACTURER', LAOSHAN).token).status == 404

        and: 'the owner was told'
        api.get('/api/v1/notifications', enterprise.token).items*.type.contains('PROPOSAL_RECEIVED')
    }

    def "bad input is named: #fields"() {
        given:
        def s = market.publishedScenario(enterprise)

        expect:
        def problem = api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/proposals", form(overrides)), provider.token)
        problem.status == 400
        problem.errors*.field == fields

        where:
        overrides                                   || fields
        [price: [min: 500, max: 100]]               || ['price']
        [citedCases: ['别人家的案例']]                 || ['citedCases[0]']
        [approach: '']                              || ['approach']
        [durationDays: 0]                           || ['durationDays']
    }

    def "one live proposal per provider and scenario; withdrawn, it can answer again"() {
        given:
        def s = market.publishedScenario(enterprise)
        def first = api.post("/api/v1/scenarios/${s.id}/proposals", form(), provider.token)

        expect:
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/proposals", form()), provider.token).status == 409

        when:
        def withdrawn = api.post("/api/v1/proposals/${first.id}/withdraw", [version: first.version], provider.token)
        def second = api.post("/api/v1/scenarios/${s.id}/proposals", form(approach: '第二版方案'), provider.token)

        then:
        withdrawn.status == 'WITHDRAWN'
        second.status == 'SUBMITTED'
        second.id != first.id
    }

    def "only listed providers, only published scenarios, only before the deadline"() {
        given:
        def s = market.publishedScenario(enterprise, [deadline: java.time.LocalDate.now().plusDays(3).toString()])
        def unlisted = market.organizationWithUser('PROVIDER', HUANGDAO)
        def draft = api.post('/api/v1/scenarios', [year: 2026, title: '草稿', description: '草稿', category: '质量管控',
                modes: ['智能化制造']], enterprise.token)

        expect:
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/proposals", form()), unlisted.token).status == 403
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/proposals", form()), enterprise.token).status == 403
        api.problem(HttpRequest.POST("/api/v1/scenarios/${draft.id}/proposals", form()), provider.token).status == 404

        when:
        clock.advance(Duration.ofDays(5))

        then:
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/proposals", form()), provider.token).status == 409
    }

    def "revise with the version seen until the owner decides; a decline needs a reason"() {
        given:
        def s = market.publishedScenario(enterprise)
        def p = api.post("/api/v1/scenarios/${s.id}/proposals", form(), provider.token)

        when:
        def revised = api.put("/api/v1/proposals/${p.id}", form(durationDays: 60, version: p.version), provider.token)

        then:
        revised.durationDays == 60
        api.problem(HttpRequest.PUT("/api/v1/proposals/${p.id}", form(version: p.version)), provider.token).status == 409
        api.problem(HttpRequest.PUT("/api/v1/proposals/${p.id}", form(version: revised.version)), rival.token).status == 404
        api.problem(HttpRequest.POST("/api/v1/proposals/${p.id}/decisions", [decision: 'DECLINE']), enterprise.token).errors*.field == ['reason']
        api.problem(HttpRequest.POST("/api/v1/proposals/${p.id}/decisions", [decision: 'AWARD']), provider.token).status == 403
        api.problem(HttpRequest.POST("/api/v1/proposals/${p.id}/decisions", [decision: 'AWARD']), huangdao).status == 404

        when:
        def declined = api.post("/api/v1/proposals/${p.id}/decisions", [decision: 'DECLINE', reason: '报价超出预算'], enterprise.token)

        then:
        declined.status == 'DECLINED'
        declined.decisionReason == '报价超出预算'
        api.problem(HttpRequest.PUT("/api/v1/proposals/${p.id}", form(version: declined.version)), provider.token).status == 409
        api.problem(HttpRequest.POST("/api/v1/proposals/${p.id}/withdraw", [version: declined.version]), provider.token).status == 409
        api.get('/api/v1/notifications', provider.token).items.find { it.type == 'PROPOSAL_DECIDED' }.body == '报价超出预算'
    }

    def "shortlist, award two, contract, and acceptance with ratings move the scenario through its lifecycle"() {
        given:
        def s = market.publishedScenario(enterprise)
        def a = api.post("/api/v1/scenarios/${s.id}/proposals", form(), provider.token)
        def b = api.post("/api/v1/scenarios/${s.id}/proposals", form(), rival.token)

        when:
        api.post("/api/v1/proposals/${a.id}/decisions", [decision: 'SHORTLIST'], laoshan)
        def awarded = api.post("/api/v1/proposals/${a.id}/decisions", [decision: 'AWARD'], enterprise.token)

        then:
        awarded.status == 'AWARDED'
        api.get("/api/v1/scenarios/${s.id}", enterprise.token).status == 'IN_NEGOTIATION'
        api.get('/api/v1/notifications', provider.token).items*.type.contains('AWARDED')

        when: 'a second award keeps the negotiation; the first contract moves the scenario to CONTRACTED'
        api.post("/api/v1/proposals/${b.id}/decisions", [decision: 'AWARD'], enterprise.token)
        def contracted = api.post("/api/v1/proposals/${a.id}/contract", [signedOn: '2026-01-15', amount: 880000], enterprise.token)

        then:
        contracted.contract == [signedOn: '2026-01-15', amount: 880000]
        api.get("/api/v1/scenarios/${s.id}", enterprise.token).status == 'CONTRACTED'
        api.problem(HttpRequest.POST("/api/v1/proposals/${a.id}/contract", [signedOn: '2026-01-15', amount: 1]), enterprise.token).status == 409

        when:
        api.post("/api/v1/proposals/${b.id}/contract", [signedOn: '2026-01-16', amount: 300000], laoshan)

        then: 'acceptance must rate every contracted provider, and is the enterprise\'s'
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/acceptance", [outcome: '达标',
                ratings: [[providerId: provider.org.id, rating: 5]]]), enterprise.token).errors*.field == ['ratings']
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/acceptance", [outcome: '达标',
                ratings: [[providerId: provider.org.id, rating: 6], [providerId: rival.org.id, rating: 4]]]), enterprise.token).errors*.field == ['ratings[0].rating']
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/acceptance", [outcome: '达标',
                ratings: [[providerId: provider.org.id, rating: 5], [providerId: rival.org.id, rating: 4]]]), laoshan).status == 403

        when:
        def accepted = api.http.retrieve(HttpRequest.POST("/api/v1/scenarios/${s.id}/acceptance", [outcome: '停机时间下降35%，验收通过',
                ratings: [[providerId: provider.org.id, rating: 5], [providerId: rival.org.id, rating: 4, comment: '文档略少']]])
                .bearerAuth(enterprise.token), io.micronaut.core.type.Argument.listOf(Map))

        then:
        accepted*.status == ['ACCEPTED', 'ACCEPTED']
        accepted.find { it.id == a.id }.rating == 5
        def scenario = api.get("/api/v1/scenarios/${s.id}", enterprise.token)
        scenario.status == 'ACCEPTED'
        scenario.statusReason == '停机时间下降35%，验收通过'
        ratings.findByScenarioId(s.id as long).collectEntries { [(it.providerId()): it.rating()] } ==
                [(provider.org.id as long): 5, (rival.org.id as long): 4]
        api.getList("/api/v1/scenarios/${s.id}/audit", laoshan)*.action.containsAll(['START_NEGOTIATION', 'CONTRACT', 'ACCEPT'])
    }

    Map form(Map overrides = [:]) {
        [approach: '部署边缘网关采集硫化机PLC数据，建设OEE看板。', price: [min: 400000, max: 600000], durationDays: 90,
         citedCases: ['轮胎X光缺陷自动判定']] + overrides
    }
}
