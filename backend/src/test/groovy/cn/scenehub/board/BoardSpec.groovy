package cn.scenehub.board

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
class BoardSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject TestClock clock

    @Shared Api api
    @Shared Marketplace market
    @Shared Map enterprise
    @Shared String laoshan
    @Shared String huangdao

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            market = new Marketplace(api)
            enterprise = market.organizationWithUser('MANUFACTURER', '370212')
            laoshan = market.commissioner(['370212'])
            huangdao = market.commissioner(['370211'])
        }
    }

    def cleanup() {
        clock.reset()
    }

    def "a pair follows invitation, proposal, award, contract and acceptance; implementation is moved by hand"() {
        given:
        def s = market.publishedScenario(enterprise)
        def provider = market.listedProvider('370211')

        when:
        def added = api.exchange(HttpRequest.POST('/api/v1/board/pairs', [scenarioId: s.id, providerId: provider.org.id, source: 'matching']), laoshan)
        def again = api.exchange(HttpRequest.POST('/api/v1/board/pairs', [scenarioId: s.id, providerId: provider.org.id, source: 'BATCH_PLAN']), laoshan)

        then:
        added.status.code == 201
        again.status.code == 200
        added.body().stage == 'RECOMMENDED'
        added.body().source == 'MATCHING'
        again.body().id == added.body().id

        when:
        long id = added.body().id
        api.post("/api/v1/scenarios/${s.id}/invitations", [providerId: provider.org.id], laoshan)

        then:
        pair(id).stage == 'INVITED'

        when:
        def p = api.post("/api/v1/scenarios/${s.id}/proposals", [approach: '方案', price: [min: 1, max: 2], durationDays: 30], provider.token)

        then:
        pair(id).stage == 'RESPONDED'

        when:
        api.post("/api/v1/proposals/${p.id}/decisions", [decision: 'AWARD'], enterprise.token)
        def negotiating = pair(id)
        api.post("/api/v1/proposals/${p.id}/contract", [signedOn: '2026-02-01', amount: 100000], enterprise.token)
        def contracted = pair(id)
        def implementing = api.post("/api/v1/board/pairs/${id}/moves", [stage: 'IMPLEMENTING', reason: '已进场实施', version: contracted.version], laoshan)
        api.http.exchange(HttpRequest.POST("/api/v1/scenarios/${s.id}/acceptance", [outcome: '验收通过',
                ratings: [[providerId: provider.org.id, rating: 5]]]).bearerAuth(enterprise.token))
        def done = pair(id)

        then:
        negotiating.stage == 'NEGOTIATING'
        contracted.stage == 'CONTRACTED'
        implementing.stage == 'IMPLEMENTING'
        implementing.stageLabel == '实施'
        done.stage == 'ACCEPTED'
        done.history*.stage == ['RECOMMENDED', 'INVITED', 'RESPONDED', 'NEGOTIATING', 'CONTRACTED', 'IMPLEMENTING', 'ACCEPTED']
        done.history.every { it.days == 0 }
        done.history.last().leftAt == null

        and: 'moves are audited, the manual one with its reason'
        def trail = api.getList("/api/v1/board/pairs/${id}/audit", laoshan)
        trail.find { it.toStatus == 'IMPLEMENTING' }.reason == '已进场实施'
        trail*.toStatus.containsAll(['RECOMMENDED', 'INVITED', 'RESPONDED', 'NEGOTIATING', 'CONTRACTED', 'ACCEPTED'])
    }

    def "a commissioner of another district neither sees nor moves a pair; providers and enterprises have no board"() {
        given:
        def s = market.publishedScenario(enterprise)
        def provider = market.listedProvider('370211')
        def pair = api.post('/api/v1/board/pairs', [scenarioId: s.id, providerId: provider.org.id], laoshan)

        expect:
        api.problem(HttpRequest.GET("/api/v1/board/pairs/${pair.id}"), huangdao).status == 404
        api.problem(HttpRequest.POST("/api/v1/board/pairs/${pair.id}/moves", [stage: 'INVITED', version: pair.version]), huangdao).status == 404
        api.problem(HttpRequest.POST("/api/v1/board/pairs/${pair.id}/notes", [kind: 'CALL', body: 'x', happenedOn: '2026-01-01']), huangdao).status == 404
        api.problem(HttpRequest.POST('/api/v1/board/pairs', [scenarioId: s.id, providerId: provider.org.id]), huangdao).errors*.field == ['scenarioId']
        !api.get('/api/v1/board/pairs', huangdao).items*.id.contains(pair.id)
        api.get('/api/v1/board/pairs?region=370212', huangdao).items == []
        api.get('/api/v1/board/pairs', laoshan).items*.id.contains(pair.id)
        api.problem(HttpRequest.GET('/api/v1/board/pairs'), provider.token).status == 403
        api.problem(HttpRequest.GET("/api/v1/board/pairs/${pair.id}"), enterprise.token).status == 404
        api.problem(HttpRequest.POST('/api/v1/board/pairs', [scenarioId: s.id, providerId: enterprise.org.id]), laoshan).errors*.field == ['providerId']
    }

    def "time in stage, overdue flags and filters; backward moves need a reason; notes are kept"() {
        given:
        def s = market.publishedScenario(enterprise)
        def provider = market.listedProvider('370211')
        def pair = api.post('/api/v1/board/pairs', [scenarioId: s.id, providerId: provider.org.id], laoshan)

        when:
        clock.advance(Duration.ofDays(8))
        def late = api.get("/api/v1/board/pairs/${pair.id}", laoshan)

        then:
        late.daysInStage == 8
        late.overdue
        api.get("/api/v1/board/pairs?overdue=true&stage=RECOMMENDED&scenarioId=${s.id}", laoshan).items*.id == [pair.id]
        api.get("/api/v1/board/pairs?overdue=false&scenarioId=${s.id}", laoshan).items == []

        and: 'the column counts it, for its district only'
        def column = api.getList('/api/v1/board/pairs/summary?region=370212', laoshan).find { it.stage == 'RECOMMENDED' }
        column.label == '推荐'
        column.overdue >= 1
        column.count >= column.overdue
        api.problem(HttpRequest.GET('/api/v1/board/pairs/summary?region=370212'), huangdao).status == 404

        when:
        def invited = api.post("/api/v1/board/pairs/${pair.id}/moves", [stage: 'INVITED', version: pair.version], laoshan)

        then:
        !invited.overdue
        invited.history*.days == [8, 0]
        api.problem(HttpRequest.POST("/api/v1/board/pairs/${pair.id}/moves", [stage: 'RECOMMENDED', version: invited.version]), laoshan).errors*.field == ['reason']
        api.problem(HttpRequest.POST("/api/v1/board/pairs/${pair.id}/moves", [stage: 'RESPONDED', version: pair.version]), laoshan).status == 409

        when:
        def noted = api.post("/api/v1/board/pairs/${pair.id}/notes", [kind: 'VISIT', body: '陪同服务商到车间调研', happenedOn: '2026-01-10'], laoshan)
        def dropped = api.post("/api/v1/board/pairs/${pair.id}/moves", [dropped: true, reason: '企业暂缓', version: noted.version], laoshan)

        then:
        noted.notes*.body == ['陪同服务商到车间调研']
        noted.notes[0].kind == 'VISIT'
        dropped.dropped
        !dropped.overdue
        api.get("/api/v1/board/pairs?dropped=true&scenarioId=${s.id}", laoshan).items*.id == [pair.id]
    }

    def "a declined proposal takes the pair out of play; a new proposal brings it back"() {
        given:
        def s = market.publishedScenario(enterprise)
        def provider = market.listedProvider('370211')
        def p = api.post("/api/v1/scenarios/${s.id}/proposals", [approach: '方案', price: [min: 1, max: 2], durationDays: 30], provider.token)
        def pairId = api.get("/api/v1/board/pairs?scenarioId=${s.id}", laoshan).items[0].id

        when:
        api.post("/api/v1/proposals/${p.id}/decisions", [decision: 'DECLINE', reason: '不匹配'], enterprise.token)

        then:
        pair(pairId).dropped
        pair(pairId).stage == 'RESPONDED'
        pair(pairId).source == 'PROPOSAL'
    }

    private Map pair(long id) {
        api.get("/api/v1/board/pairs/${id}", laoshan)
    }
}
