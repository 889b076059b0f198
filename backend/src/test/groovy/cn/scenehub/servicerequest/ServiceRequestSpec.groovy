package cn.scenehub.servicerequest

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
import java.time.LocalDate

@MicronautTest(transactional = false)
class ServiceRequestSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject TestClock clock
    @Inject SlaEscalation escalation

    @Shared Api api
    @Shared Marketplace market

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            market = new Marketplace(api)
        }
    }

    def cleanup() {
        clock.reset()
    }

    def "requests go to the least-loaded commissioner of the district, in turn among equals"() {
        given: 'a district of its own with two commissioners'
        def enterprise = market.organizationWithUser('MANUFACTURER', '370214')
        def first = commissioner('370214')
        def second = commissioner('370214')

        when:
        def r1 = raise(enterprise)

        then:
        r1.assignee.id == first.id
        r1.status == 'OPEN'
        api.get('/api/v1/notifications', first.token).items*.type == ['REQUEST_ASSIGNED']

        when: 'the first is free again, but had the last turn'
        api.post("/api/v1/service-requests/${r1.id}/acknowledge", [:], first.token)
        api.post("/api/v1/service-requests/${r1.id}/visits", visit(), first.token)
        def r2 = raise(enterprise)
        def r3 = raise(enterprise)

        then:
        r2.assignee.id == second.id
        r3.assignee.id == first.id
        api.get("/api/v1/service-requests/${r1.id}", enterprise.token).status == 'VISITED'
    }

    def "the enterprise sees its own; only the district's commissioners handle and reassign"() {
        given:
        def enterprise = market.organizationWithUser('MANUFACTURER', '370213')
        def one = commissioner('370213')
        def two = commissioner('370213')
        def elsewhere = commissioner('370215')
        def request = raise(enterprise)

        expect:
        api.get('/api/v1/service-requests', enterprise.token).items*.id == [request.id]
        api.problem(HttpRequest.POST("/api/v1/service-requests/${request.id}/acknowledge", [:]), enterprise.token).status == 403
        api.problem(HttpRequest.POST("/api/v1/service-requests/${request.id}/acknowledge", [:]), elsewhere.token).status == 404
        api.problem(HttpRequest.GET("/api/v1/service-requests/${request.id}"),
                market.organizationWithUser('MANUFACTURER', '370213').token).status == 404
        api.problem(HttpRequest.POST("/api/v1/service-requests/${request.id}/assignee", [assigneeId: elsewhere.id]), one.token).errors*.field == ['assigneeId']
        api.problem(HttpRequest.POST('/api/v1/service-requests', [need: '', urgency: 'HIGH']), enterprise.token).errors*.field == ['need']
        api.problem(HttpRequest.POST('/api/v1/service-requests', [need: '急', urgency: 'SOON']), enterprise.token).status == 400

        when:
        def moved = api.post("/api/v1/service-requests/${request.id}/assignee", [assigneeId: two.id, reason: '熟悉该企业'], one.token)

        then:
        moved.assignee.id == two.id
        api.get('/api/v1/notifications', two.token).items*.type.contains('REQUEST_ASSIGNED')
    }

    def "overdue deadlines escalate once to the district's other commissioners and the admins"() {
        given:
        def enterprise = market.organizationWithUser('MANUFACTURER', '370202')
        def assignee = commissioner('370202')
        def colleague = commissioner('370202')
        def admin = api.admin()
        def request = raise(enterprise)

        when: 'nothing is due yet'
        escalation.run()

        then:
        overdueCount(colleague.token, request.id) == 0

        when: 'the acknowledgement is 25 hours late'
        clock.advance(Duration.ofHours(25))
        escalation.run()
        escalation.run()

        then:
        overdueCount(colleague.token, request.id) == 1
        overdueCount(admin, request.id) == 1
        def late = api.get("/api/v1/service-requests/${request.id}", assignee.token)
        late.overdue == ['ACKNOWLEDGE']
        late.ackEscalatedAt
        !late.visitEscalatedAt

        when: 'acknowledged, but no visit within 72 hours'
        api.post("/api/v1/service-requests/${request.id}/acknowledge", [:], assignee.token)
        clock.advance(Duration.ofHours(48))
        escalation.run()

        then:
        overdueCount(colleague.token, request.id) == 2
        api.get("/api/v1/service-requests/${request.id}", colleague.token).overdue == ['VISIT']
    }

    def "visits count per commissioner and district against the yearly target"() {
        given:
        def year = LocalDate.now().year
        def enterprise = market.organizationWithUser('MANUFACTURER', '370203')
        def visitor = commissioner('370203')
        def request = raise(enterprise)

        when:
        api.post("/api/v1/service-requests/${request.id}/visits", visit(), visitor.token)
        api.post('/api/v1/visits', visit(organizationId: enterprise.org.id), visitor.token)
        def stats = api.get("/api/v1/visits/stats?year=${year}", visitor.token)

        then:
        stats.target == 1000
        stats.districts == [[region: '370203', visits: 2]]
        stats.commissioners.find { it.id == visitor.id }.visits == 2
        api.getList("/api/v1/service-requests/${request.id}/visits", enterprise.token)[0].people == '王厂长、李工'
        api.problem(HttpRequest.POST('/api/v1/visits', visit(organizationId: enterprise.org.id)), commissioner('370211').token).errors*.field == ['organizationId']
        api.problem(HttpRequest.GET('/api/v1/visits/stats'), enterprise.token).status == 403
    }

    private Map raise(Map enterprise) {
        api.post('/api/v1/service-requests', [need: '数控机床联网后数据采集不稳定，需要专员上门协调', urgency: 'HIGH'], enterprise.token)
    }

    private Map commissioner(String district) {
        String username = Marketplace.unique('commissioner')
        def user = api.post('/api/v1/users', [username: username, password: 'commissioner-pw', displayName: '专员' + username[-4..-1],
                                              role: 'COMMISSIONER', districts: [district]], api.admin())
        [id: user.id, token: api.login(username, 'commissioner-pw')]
    }

    /** Overdue alerts about this request (the job escalates every overdue request in the database). */
    private int overdueCount(String token, Object requestId) {
        api.get('/api/v1/notifications?size=100', token).items.count {
            it.type == 'REQUEST_OVERDUE' && it.link == "/api/v1/service-requests/${requestId}".toString()
        }
    }

    private static Map visit(Map overrides = [:]) {
        [visitedOn: LocalDate.now().toString(), people: '王厂长、李工', work: '现场排查网关配置，更换交换机',
         followUps: '两周后回访'] + overrides
    }
}
