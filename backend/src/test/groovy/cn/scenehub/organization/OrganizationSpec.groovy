package cn.scenehub.organization

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

@MicronautTest(transactional = false)
class OrganizationSpec extends IntegrationSpec {

    static final String LAOSHAN = '370212'
    static final String HUANGDAO = '370211'

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    int serial = 0

    Api api

    def setup() {
        api = new Api(client.toBlocking())
    }

    def "anyone registers an organization; it waits for review with its credit code checked"() {
        when:
        def created = register('MANUFACTURER', LAOSHAN)

        then:
        created.status == 'PENDING'
        created.version == 0

        when:
        def bad = api.problem(HttpRequest.POST('/api/v1/organizations', registration('MANUFACTURER', LAOSHAN, '91370212MA3C4XK7X0')))

        then:
        bad.status == 400
        bad.errors*.field == ['creditCode']
        bad.errors[0].message.contains('校验位')
    }

    def "the same credit code cannot register twice"() {
        given:
        def body = registration('PROVIDER', LAOSHAN)
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/organizations', body))

        expect:
        api.problem(HttpRequest.POST('/api/v1/organizations', body)).status == 409
    }

    def "invalid fields are named, every one of them"() {
        when:
        def problem = api.problem(HttpRequest.POST('/api/v1/organizations',
                [kind: 'MANUFACTURER', name: '', creditCode: creditCode(LAOSHAN), regionCode: '3702',
                 industryCode: 'C2', scale: '大型', contactName: '王', contactPhone: 'abc']))

        then:
        problem.status == 400
        problem.errors*.field.toSet() == ['name', 'regionCode', 'industryCode', 'scale', 'contactPhone'] as Set
        problem.errors.find { it.field == 'name' }.message == '不能为空 (must not be blank)'
    }

    def "codes that are well-formed but unknown are named too"() {
        when:
        def problem = api.problem(HttpRequest.POST('/api/v1/organizations',
                registration('PROVIDER', LAOSHAN) + [regionCode: '999999', industryCode: 'C99']))

        then:
        problem.status == 400
        problem.errors*.field.toSet() == ['regionCode', 'industryCode'] as Set
    }

    def "a commissioner of the district approves; the audit trail records who, when, from and to"() {
        given:
        def org = register('MANUFACTURER', LAOSHAN)
        def commissioner = api.commissioner(uniqueName('laoshan'), [LAOSHAN])

        when:
        def approved = api.post("/api/v1/organizations/${org.id}/review", [decision: 'APPROVE', version: org.version], commissioner)

        then:
        approved.status == 'APPROVED'

        when:
        def trail = api.getList("/api/v1/organizations/${org.id}/audit", commissioner)

        then:
        trail*.action == ['REGISTER', 'APPROVE']
        trail[1].fromStatus == 'PENDING'
        trail[1].toStatus == 'APPROVED'
        trail[1].actorName.startsWith('laoshan')
        trail[1].at
    }

    def "a commissioner of another district can neither see nor review it"() {
        given:
        def org = register('MANUFACTURER', LAOSHAN)
        def huangdao = api.commissioner(uniqueName('huangdao'), [HUANGDAO])

        expect:
        api.problem(HttpRequest.GET("/api/v1/organizations/${org.id}"), huangdao).status == 404
        api.problem(HttpRequest.POST("/api/v1/organizations/${org.id}/review", [decision: 'APPROVE', version: 0]), huangdao).status == 404
        !api.get('/api/v1/organizations?size=100', huangdao).items*.id.contains(org.id)
    }

    def "a decision on a stale version is refused with 409; rejecting needs a reason"() {
        given:
        def org = register('PROVIDER', LAOSHAN)
        def admin = api.admin()

        expect:
        api.problem(HttpRequest.POST("/api/v1/organizations/${org.id}/review", [decision: 'APPROVE', version: 7]), admin).status == 409
        api.problem(HttpRequest.POST("/api/v1/organizations/${org.id}/review", [decision: 'REJECT', version: 0]), admin).errors*.field == ['reason']
        api.post("/api/v1/organizations/${org.id}/review", [decision: 'REJECT', reason: '材料不全', version: 0], admin).statusReason == '材料不全'
    }

    def "users are opened only for approved organizations; an enterprise user sees only its own organization"() {
        given:
        def admin = api.admin()
        def org = register('MANUFACTURER', LAOSHAN)
        def other = register('MANUFACTURER', LAOSHAN)
        def username = uniqueName('ent')
        def user = [username: username, password: 'enterprise-pw', displayName: '企业用户', role: 'ENTERPRISE']

        expect: 'not before approval'
        api.problem(HttpRequest.POST("/api/v1/organizations/${org.id}/users", user), admin).status == 409

        when:
        api.post("/api/v1/organizations/${org.id}/review", [decision: 'APPROVE', version: 0], admin)
        api.post("/api/v1/organizations/${org.id}/users", user, admin)
        def token = api.login(username, 'enterprise-pw')

        then:
        api.get('/api/v1/organizations', token).items*.id == [org.id]
        api.problem(HttpRequest.GET("/api/v1/organizations/${other.id}"), token).status == 404
        api.problem(HttpRequest.POST("/api/v1/organizations/${org.id}/review", [decision: 'SUSPEND', reason: 'x', version: 1]), token).status == 403
    }

    private Map register(String kind, String region) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/v1/organizations', registration(kind, region)), Map)
    }

    private Map registration(String kind, String region, String code = creditCode(region)) {
        [kind: kind, name: "青岛测试${kind == 'PROVIDER' ? '科技' : '制造'}有限公司".toString(), creditCode: code,
         regionCode: region, industryCode: 'C29', scale: '规上', contactName: '李工', contactPhone: '0532-88886666',
         contactEmail: 'li@example.com']
    }

    /** A fresh valid credit code (unique per run). */
    private String creditCode(String region) {
        def chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
        def random = new Random()
        def body = '91' + region + (1..9).collect { chars[random.nextInt(chars.size())] }.join('')
        body + CreditCode.checkCharacter(body)
    }

    private String uniqueName(String prefix) {
        prefix + '-' + UUID.randomUUID().toString().take(8)
    }
}
