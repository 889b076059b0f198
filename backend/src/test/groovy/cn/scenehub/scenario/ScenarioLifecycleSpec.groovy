package cn.scenehub.scenario

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

@MicronautTest(transactional = false)
class ScenarioLifecycleSpec extends IntegrationSpec {

    static final String LAOSHAN = '370212'
    static final String HUANGDAO = '370211'

    @Inject
    @Client('/')
    HttpClient client

    @Shared Api api
    @Shared Map enterprise
    @Shared Map otherEnterprise
    @Shared Map provider
    @Shared String laoshan
    @Shared String huangdao
    @Shared String admin

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            def market = new Marketplace(api)
            enterprise = market.organizationWithUser('MANUFACTURER', LAOSHAN)
            otherEnterprise = market.organizationWithUser('MANUFACTURER', LAOSHAN)
            provider = market.organizationWithUser('PROVIDER', HUANGDAO)
            laoshan = market.commissioner([LAOSHAN])
            huangdao = market.commissioner([HUANGDAO])
            admin = api.admin()
        }
    }

    def "an enterprise drafts a scenario in its own name; names are resolved to codes"() {
        when:
        def draft = api.post('/api/v1/scenarios', form(), enterprise.token)

        then:
        draft.status == 'DRAFT'
        draft.enterprise.id == enterprise.org.id
        draft.category == 'QUAL'
        draft.modes == ['智能化制造']
        draft.region == LAOSHAN
        draft.industryCode == 'C29'
        draft.contact.phone == '13900001111'
    }

    def "every field at fault is named in one answer"() {
        when:
        def problem = api.problem(HttpRequest.POST('/api/v1/scenarios', form(category: '不存在的类别', modes: ['飞行模式'],
                region: '999999', budget: [min: 500, max: 100])), enterprise.token)

        then:
        problem.status == 400
        problem.errors*.field.toSet() == ['category', 'modes', 'region', 'budget'] as Set
    }

    def "the full path: submit, return with reason, edit, resubmit, approve, publish, negotiate, contract, accept"() {
        given:
        def s = api.post('/api/v1/scenarios', form(), enterprise.token)

        when:
        s = move(s, 'SUBMIT', enterprise.token)
        s = move(s, 'RETURN', laoshan, '请补充现有设备情况')

        then:
        s.status == 'RETURNED'
        s.statusReason == '请补充现有设备情况'

        when:
        s = api.put("/api/v1/scenarios/${s.id}", form(description: '补充：现有3条硫化线，设备联网率约40%。', version: s.version), enterprise.token)
        s = move(s, 'SUBMIT', enterprise.token)
        s = move(s, 'APPROVE', laoshan)
        s = move(s, 'PUBLISH', laoshan)
        s = move(s, 'START_NEGOTIATION', enterprise.token)
        s = move(s, 'CONTRACT', laoshan)
        s = move(s, 'ACCEPT', enterprise.token, '验收通过')

        then:
        s.status == 'ACCEPTED'
        s.publishedAt

        and: 'every move is in the audit trail, readable by the district commissioner and admins'
        def trail = api.getList("/api/v1/scenarios/${s.id}/audit", laoshan)
        trail*.action == ['CREATE', 'SUBMIT', 'RETURN', 'EDIT', 'SUBMIT', 'APPROVE', 'PUBLISH', 'START_NEGOTIATION', 'CONTRACT', 'ACCEPT']
        trail.find { it.action == 'RETURN' }.reason == '请补充现有设备情况'
        trail.find { it.action == 'APPROVE' }.fromStatus == 'SUBMITTED'
        api.getList("/api/v1/scenarios/${s.id}/audit", admin).size() == 10
        api.problem(HttpRequest.GET("/api/v1/scenarios/${s.id}/audit"), huangdao).status in [403, 404]
    }

    def "who may make which move: #action from #status by #who → #expected"() {
        given:
        def s = scenarioIn(status)
        def token = [owner: enterprise.token, other: otherEnterprise.token, laoshan: laoshan, huangdao: huangdao,
                     provider: provider.token, admin: admin][who]

        expect:
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/transitions",
                [action: action, reason: 'r', version: s.version]), token).status == expected

        where:
        action      | status      | who        || expected
        'APPROVE'   | 'SUBMITTED' | 'owner'    || 403
        'PUBLISH'   | 'APPROVED'  | 'owner'    || 403
        'SUBMIT'    | 'DRAFT'     | 'laoshan'  || 403
        'ACCEPT'    | 'CONTRACTED'| 'laoshan'  || 403
        'APPROVE'   | 'SUBMITTED' | 'huangdao' || 404
        'SUBMIT'    | 'DRAFT'     | 'other'    || 404
        'SUBMIT'    | 'DRAFT'     | 'provider' || 404
        'CLOSE'     | 'PUBLISHED' | 'owner'    || 403
        'WITHDRAW'  | 'PUBLISHED' | 'laoshan'  || 403
        'APPROVE'   | 'DRAFT'     | 'laoshan'  || 409
        'PUBLISH'   | 'SUBMITTED' | 'admin'    || 409
        'SUBMIT'    | 'ACCEPTED'  | 'owner'    || 409
    }

    def "allowed moves for each role: #action from #status by #who"() {
        given:
        def s = scenarioIn(status)
        def token = [owner: enterprise.token, laoshan: laoshan, admin: admin][who]

        expect:
        move(s, action, token, 'reason').status == target

        where:
        action              | status           | who       || target
        'SUBMIT'            | 'DRAFT'          | 'owner'   || 'SUBMITTED'
        'SUBMIT'            | 'DRAFT'          | 'admin'   || 'SUBMITTED'
        'APPROVE'           | 'SUBMITTED'      | 'laoshan' || 'APPROVED'
        'APPROVE'           | 'SUBMITTED'      | 'admin'   || 'APPROVED'
        'RETURN'            | 'APPROVED'       | 'laoshan' || 'RETURNED'
        'PUBLISH'           | 'APPROVED'       | 'admin'   || 'PUBLISHED'
        'START_NEGOTIATION' | 'PUBLISHED'      | 'owner'   || 'IN_NEGOTIATION'
        'CONTRACT'          | 'IN_NEGOTIATION' | 'owner'   || 'CONTRACTED'
        'ACCEPT'            | 'CONTRACTED'     | 'admin'   || 'ACCEPTED'
        'WITHDRAW'          | 'PUBLISHED'      | 'owner'   || 'WITHDRAWN'
        'CLOSE'             | 'ACCEPTED'       | 'laoshan' || 'CLOSED'
    }

    def "returning or closing needs a reason"() {
        given:
        def s = scenarioIn('SUBMITTED')

        expect:
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/transitions", [action: 'RETURN', version: s.version]), laoshan).errors*.field == ['reason']
    }

    def "a stale version gets 409 and changes nothing"() {
        given:
        def s = api.post('/api/v1/scenarios', form(), enterprise.token)
        def edited = api.put("/api/v1/scenarios/${s.id}", form(title: '新标题', version: s.version), enterprise.token)

        expect:
        api.problem(HttpRequest.PUT("/api/v1/scenarios/${s.id}", form(title: '旧版本上的修改', version: s.version)), enterprise.token).status == 409
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/transitions", [action: 'SUBMIT', version: s.version]), enterprise.token).status == 409
        api.get("/api/v1/scenarios/${s.id}", enterprise.token).title == '新标题'
        edited.version == s.version + 1
    }

    def "the owner edits only drafts and returned scenarios"() {
        given:
        def s = scenarioIn('SUBMITTED')

        expect:
        api.problem(HttpRequest.PUT("/api/v1/scenarios/${s.id}", form(version: s.version)), enterprise.token).status == 403
        api.put("/api/v1/scenarios/${s.id}", form(title: '专员修正标题', version: s.version), laoshan).title == '专员修正标题'
    }

    def "scope: another enterprise, a provider, another district's commissioner and the public cannot read a draft"() {
        given:
        def s = api.post('/api/v1/scenarios', form(), enterprise.token)

        expect:
        [otherEnterprise.token, provider.token, huangdao, null].every {
            api.problem(HttpRequest.GET("/api/v1/scenarios/${s.id}"), it).status == 404
        }
        !api.get('/api/v1/scenarios?size=200', huangdao).items*.id.contains(s.id)
        !api.get('/api/v1/scenarios?size=200', otherEnterprise.token).items*.id.contains(s.id)
        api.get('/api/v1/scenarios?size=200', laoshan).items*.id.contains(s.id)
    }

    def "the public sees a published scenario without contact data, confidential notes or the exact budget"() {
        given:
        def s = scenarioIn('PUBLISHED')

        when:
        def seen = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/scenarios/${s.id}"), Map)
        def raw = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/scenarios/${s.id}"), String)

        then:
        seen.title == s.title
        seen.budgetRange == '50万–120万元'
        !seen.containsKey('contact')
        !seen.containsKey('confidentialNotes')
        !seen.containsKey('budget')
        !raw.contains('13900001111')
        !raw.contains('仅供受邀服务商')
        !raw.contains(enterprise.org.creditCode)

        and: 'providers see the public view too, the owner the full one'
        !api.get("/api/v1/scenarios/${s.id}", provider.token).containsKey('contact')
        api.get("/api/v1/scenarios/${s.id}", enterprise.token).contact.phone == '13900001111'
        api.get('/api/v1/scenarios?size=200', null).items*.id.contains(s.id)
    }

    private Map form(Map overrides = [:]) {
        [year       : 2026, batch: '2026-1', title: '轮胎硫化车间设备联网与OEE分析',
         description: '硫化机约120台，设备状态靠人工记录，非计划停机每月约20小时，希望实现设备联网和OEE分析。',
         industryCode: 'C29', industryChain: '橡胶轮胎', category: '质量管控', modes: ['智能化制造'],
         techTags    : ['设备联网', 'OEE'], region: '崂山区', budget: [min: 500000, max: 1200000],
         deadline    : '2030-12-31', contact: [name: '王工', phone: '13900001111', email: 'wang@example.com'],
         confidentialNotes: '仅供受邀服务商：现有MES为自研系统'] + overrides
    }

    private Map move(Map scenario, String action, String token, String reason = null) {
        api.post("/api/v1/scenarios/${scenario.id}/transitions", [action: action, reason: reason, version: scenario.version], token)
    }

    /** A fresh scenario of the enterprise, moved by an admin to the given status. */
    private Map scenarioIn(String status) {
        def path = [DRAFT         : [],
                    SUBMITTED     : ['SUBMIT'],
                    APPROVED      : ['SUBMIT', 'APPROVE'],
                    PUBLISHED     : ['SUBMIT', 'APPROVE', 'PUBLISH'],
                    IN_NEGOTIATION: ['SUBMIT', 'APPROVE', 'PUBLISH', 'START_NEGOTIATION'],
                    CONTRACTED    : ['SUBMIT', 'APPROVE', 'PUBLISH', 'START_NEGOTIATION', 'CONTRACT'],
                    ACCEPTED      : ['SUBMIT', 'APPROVE', 'PUBLISH', 'START_NEGOTIATION', 'CONTRACT', 'ACCEPT']][status]
        def s = api.post('/api/v1/scenarios', form(), enterprise.token)
        path.each { s = move(s, it, admin) }
        s
    }
}
