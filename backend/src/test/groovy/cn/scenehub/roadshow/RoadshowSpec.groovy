package cn.scenehub.roadshow

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import cn.scenehub.support.TestClock
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.time.Duration
import java.time.Instant

@MicronautTest(transactional = false)
class RoadshowSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject TestClock clock

    def cleanup() {
        clock.reset()
    }

    def "a commissioner's roadshow: providers register per scenario, the organizer shortlists and records outcomes that enter the board"() {
        given:
        def api = new Api(client.toBlocking())
        def market = new Marketplace(api)
        def enterprise = market.organizationWithUser('MANUFACTURER', '370212')
        def laoshan = market.commissioner(['370212'])
        def huangdao = market.commissioner(['370211'])
        def s1 = market.publishedScenario(enterprise)
        def s2 = market.publishedScenario(enterprise, [title: '注塑车间能耗监测'])
        def pitcher = market.listedProvider('370211')
        def other = market.listedProvider('370211')
        def startsAt = Instant.now().plus(Duration.ofDays(10)).toString()

        expect:
        api.problem(HttpRequest.POST('/api/v1/events', [kind: 'ROADSHOW', title: '路演', startsAt: startsAt,
                place: '会展中心', scenarioIds: [s1.id]]), huangdao).errors*.field == ['scenarioIds[0]']
        api.problem(HttpRequest.POST('/api/v1/events', [kind: 'ROADSHOW', title: '路演', startsAt: startsAt,
                scenarioIds: [s1.id]]), laoshan).errors*.field == ['place']
        api.problem(HttpRequest.POST('/api/v1/events', [kind: 'ROADSHOW', title: '路演', startsAt: startsAt,
                place: 'x', scenarioIds: [s1.id]]), pitcher.token).status == 403

        when:
        def event = api.post('/api/v1/events', [kind: 'ROADSHOW', title: '崂山区场景反向路演', startsAt: startsAt,
                place: '崂山区科创中心', onlineLink: 'https://meeting.example.com/123', scenarioIds: [s1.id, s2.id]], laoshan)
        api.post("/api/v1/events/${event.id}/interests", [scenarioId: s1.id, note: '有同类案例'], pitcher.token)
        def byOther = api.post("/api/v1/events/${event.id}/interests", [scenarioId: s2.id], other.token)

        then:
        event.scenarios*.title == ['轮胎硫化车间设备联网与OEE分析', '注塑车间能耗监测']
        byOther.interests*.providerId == [other.org.id]
        api.problem(HttpRequest.POST("/api/v1/events/${event.id}/interests", [scenarioId: s1.id]), pitcher.token).status == 409
        api.problem(HttpRequest.POST("/api/v1/events/${event.id}/interests", [scenarioId: 999999]), pitcher.token).errors*.field == ['scenarioId']

        when:
        def organized = api.get("/api/v1/events/${event.id}", laoshan)
        def interest = organized.interests.find { it.providerId == pitcher.org.id }
        api.post("/api/v1/events/${event.id}/interests/${interest.id}/shortlist", [shortlisted: true], laoshan)

        then:
        organized.organizer
        organized.interests.size() == 2
        api.get('/api/v1/notifications', pitcher.token).items*.type.contains('ROADSHOW')
        api.problem(HttpRequest.POST("/api/v1/events/${event.id}/outcomes", [outcomes: []]), huangdao).status == 403

        when:
        def held = api.post("/api/v1/events/${event.id}/outcomes", [note: '到场企业12家', outcomes: [
                [interestId: interest.id, intention: '约定下周现场调研', followUp: true]]], laoshan)

        then:
        held.status == 'HELD'
        held.interests.find { it.id == interest.id }.intention == '约定下周现场调研'
        def pairs = api.get("/api/v1/board/pairs?scenarioId=${s1.id}", laoshan).items
        pairs*.provider.id == [pitcher.org.id]
        pairs[0].source == 'EVENT'

        when: 'registration closes when the event starts'
        def later = api.post('/api/v1/events', [kind: 'MATCHMAKING', title: '供需对接会', startsAt: startsAt,
                place: '市民中心', scenarioIds: [s2.id]], laoshan)
        clock.advance(Duration.ofDays(11))

        then:
        api.problem(HttpRequest.POST("/api/v1/events/${later.id}/interests", [scenarioId: s2.id]), pitcher.token).status == 409
    }

    def "the organizer calls a planned event off with a reason; registered providers are told, and nothing more can happen to it"() {
        given:
        def api = new Api(client.toBlocking())
        def market = new Marketplace(api)
        def enterprise = market.organizationWithUser('MANUFACTURER', '370212')
        def laoshan = market.commissioner(['370212'])
        def other = market.commissioner(['370212'])
        def s = market.publishedScenario(enterprise)
        def provider = market.listedProvider('370211')
        def event = api.post('/api/v1/events', [kind: 'MATCHMAKING', title: '供需对接会（待定）',
                startsAt: clock.instant().plus(Duration.ofDays(5)).toString(), place: '市民中心', scenarioIds: [s.id]], laoshan)
        def interest = api.post("/api/v1/events/${event.id}/interests", [scenarioId: s.id], provider.token).interests[0]

        expect:
        api.problem(HttpRequest.POST("/api/v1/events/${event.id}/cancel", [reason: '场地冲突']), other).status == 403
        api.problem(HttpRequest.POST("/api/v1/events/${event.id}/cancel", [reason: ' ']), laoshan).errors*.field == ['reason']

        when:
        def cancelled = api.post("/api/v1/events/${event.id}/cancel", [reason: '场地冲突，另行通知'], laoshan)
        def told = api.get('/api/v1/notifications', provider.token).items.findAll { it.title.startsWith('活动已取消') }

        then:
        cancelled.status == 'CANCELLED'
        cancelled.outcomeNote == '场地冲突，另行通知'
        told*.body == ['场地冲突，另行通知']
        told*.link == ["/api/v1/events/${event.id}".toString()]
        api.problem(HttpRequest.POST("/api/v1/events/${event.id}/cancel", [reason: '再次']), laoshan).status == 409
        api.problem(HttpRequest.POST("/api/v1/events/${event.id}/interests", [scenarioId: s.id]), market.listedProvider('370211').token).status == 409
        api.problem(HttpRequest.POST("/api/v1/events/${event.id}/outcomes", [outcomes: [[interestId: interest.id, followUp: true]]]), laoshan).status == 409
    }
}
