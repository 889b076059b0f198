package cn.scenehub.annuallist

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
class AnnualListSpec extends IntegrationSpec {

    static final String LAOSHAN = '370212'
    static final String LISTS = '/api/v1/annual-lists'

    @Inject
    @Client('/')
    HttpClient client

    @Shared Api api
    @Shared Map enterprise
    @Shared String commissioner
    @Shared String admin

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            def market = new Marketplace(api)
            enterprise = market.organizationWithUser('MANUFACTURER', LAOSHAN)
            commissioner = market.commissioner([LAOSHAN])
            admin = api.admin()
        }
    }

    def "an admin composes a list of published scenarios, numbers them and publishes it at a permanent address"() {
        given:
        def (a, b, c) = (1..3).collect { scenario('PUBLISHED', "场景$it") }
        def draft = scenario('DRAFT', '草稿场景')

        when: 'the list is created'
        def created = api.exchange(HttpRequest.POST(LISTS, [year: 2026, batch: '2026-1', title: '2026年第一批工赋场景清单']), admin)
        def list = created.body()

        then:
        created.status.code == 201
        list.status == 'DRAFT'
        list.slug == '2026-1'
        list.entries == []

        when: 'published scenarios are added; repeats are ignored'
        list = api.post("$LISTS/${list.id}/entries", [scenarioIds: [a.id, b.id, a.id]], admin)
        list = api.post("$LISTS/${list.id}/entries", [scenarioIds: [b.id, c.id]], admin)

        then:
        list.entries*.number == [1, 2, 3]
        list.entries*.scenarioId == [a.id, b.id, c.id]
        list.entries*.title == ['场景1', '场景2', '场景3']

        when: 'a draft scenario is refused, named by its id, and nothing is added'
        def refused = api.problem(HttpRequest.POST("$LISTS/${list.id}/entries", [scenarioIds: [draft.id, a.id, 999999]]), admin)

        then:
        refused.status == 400
        refused.errors*.field == ['scenarioIds']
        refused.errors[0].message.contains("${draft.id}")
        refused.errors[0].message.contains('999999')
        !refused.errors[0].message.contains("${a.id},")
        api.get("$LISTS/${list.id}", admin).entries*.scenarioId == [a.id, b.id, c.id]

        when: 'renumbered, then published'
        list = api.put("$LISTS/${list.id}/order", [scenarioIds: [c.id, a.id, b.id]], admin)
        def published = api.post("$LISTS/${list.id}/publish", [version: list.version], admin)

        then:
        list.entries*.scenarioId == [c.id, a.id, b.id]
        list.entries*.number == [1, 2, 3]
        published.status == 'PUBLISHED'
        published.publishedAt
        published.version == list.version + 1

        and: 'the public browses it by year and reads it at its slug'
        def years = anonymous(LISTS).years
        def year = years.find { it.year == 2026 }
        year.lists*.slug.contains('2026-1')
        year.lists.find { it.slug == '2026-1' }.count == 3
        year.lists.find { it.slug == '2026-1' }.title == '2026年第一批工赋场景清单'
        anonymous("$LISTS/by-slug/2026-1") .subMap('id', 'year', 'batch', 'count') ==
                [id: list.id, year: 2026, batch: '2026-1', count: 3]

        and: 'its scenarios page in their numbered order, as the public view'
        def first = anonymous("$LISTS/by-slug/2026-1/scenarios?page=0&size=2")
        def second = anonymous("$LISTS/by-slug/2026-1/scenarios?page=1&size=2")
        first.total == 3
        first.items*.number == [1, 2]
        first.items*.id == [c.id, a.id]
        second.items*.number == [3]
        second.items*.title == ['场景2']
        first.items[0].enterprise.name == enterprise.org.name
        first.items[0].budgetRange == '50万–120万元'
        first.items[0].region == LAOSHAN
        !first.items[0].containsKey('contact')
        !first.items[0].containsKey('confidentialNotes')
        !first.items[0].containsKey('budget')
        !client.toBlocking().retrieve(HttpRequest.GET("$LISTS/by-slug/2026-1/scenarios"), String).contains('13900001111')
    }

    def "a published list is a frozen snapshot: later edits and withdrawal of its scenarios do not change it"() {
        given:
        def edited = scenario('PUBLISHED', '原标题')
        def withdrawn = scenario('PUBLISHED', '后来撤回的场景')
        def list = publishedList(2027, null, [edited, withdrawn])

        when:
        api.put("/api/v1/scenarios/${edited.id}", form(title: '发布后改过的标题', version: edited.version), admin)
        api.post("/api/v1/scenarios/${withdrawn.id}/transitions", [action: 'WITHDRAW', version: withdrawn.version], enterprise.token)
        def items = anonymous("$LISTS/by-slug/${list.slug}/scenarios").items

        then:
        api.get("/api/v1/scenarios/${edited.id}", admin).title == '发布后改过的标题'
        items*.title == ['原标题', '后来撤回的场景']
        items*.status == ['PUBLISHED', 'PUBLISHED']
        anonymous("$LISTS/by-slug/${list.slug}").count == 2
    }

    def "after publishing, every change is a 409"() {
        given:
        def s = scenario('PUBLISHED')
        def other = scenario('PUBLISHED')
        def list = publishedList(2028, null, [s])

        expect:
        api.problem(HttpRequest.POST("$LISTS/${list.id}/entries", [scenarioIds: [other.id]]), admin).status == 409
        api.problem(HttpRequest.DELETE("$LISTS/${list.id}/entries/${s.id}"), admin).status == 409
        api.problem(HttpRequest.PUT("$LISTS/${list.id}/order", [scenarioIds: [s.id]]), admin).status == 409
        api.problem(HttpRequest.POST("$LISTS/${list.id}/publish", [version: list.version]), admin).status == 409
        anonymous("$LISTS/by-slug/${list.slug}/scenarios").items*.id == [s.id]
    }

    def "a draft list is not public: its address is a 404 and browsing leaves it out"() {
        given:
        def list = api.post(LISTS, [year: 2029, title: '尚未发布的清单'], admin)
        api.post("$LISTS/${list.id}/entries", [scenarioIds: [scenario('PUBLISHED').id]], admin)

        expect:
        api.problem(HttpRequest.GET("$LISTS/by-slug/${list.slug}")).status == 404
        api.problem(HttpRequest.GET("$LISTS/by-slug/${list.slug}/scenarios")).status == 404
        !anonymous(LISTS).years*.year.contains(2029)
        api.get("$LISTS/${list.id}", admin).status == 'DRAFT'
    }

    def "admins find every draft on the server, newest change first, until it is published"() {
        given:
        def older = api.post(LISTS, [year: 2038, title: '较早的草稿'], admin)
        def newer = api.post(LISTS, [year: 2038, title: '较新的草稿'], admin)
        newer = api.post("$LISTS/${newer.id}/entries", [scenarioIds: [scenario('PUBLISHED').id]], admin)

        when:
        def drafts = api.getList("$LISTS/drafts", admin)

        then:
        drafts*.id.indexOf(newer.id) < drafts*.id.indexOf(older.id)
        drafts.find { it.id == newer.id }.subMap(['title', 'year', 'count', 'version']) ==
                [title: '较新的草稿', year: 2038, count: 1, version: newer.version]
        drafts.find { it.id == older.id }.count == 0

        when:
        api.post("$LISTS/${newer.id}/publish", [version: newer.version], admin)

        then:
        !api.getList("$LISTS/drafts", admin)*.id.contains(newer.id)
        api.getList("$LISTS/drafts", admin)*.id.contains(older.id)
    }

    def "only admins compose lists: #who gets #expected on #method #path"() {
        given:
        def token = [enterprise: enterprise.token, commissioner: commissioner, anonymous: null][who]
        def request = method == 'GET' ? HttpRequest.GET("$LISTS$path")
                : method == 'DELETE' ? HttpRequest.DELETE("$LISTS$path")
                : HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), "$LISTS$path").body(body)

        expect:
        api.problem(request, token).status == expected

        where:
        [who, expected, method, path, body] << [
                [['enterprise', 403], ['commissioner', 403], ['anonymous', 401]],
                [['POST', '', [year: 2026, title: '清单']],
                 ['GET', '/drafts', null],
                 ['GET', '/1', null],
                 ['POST', '/1/entries', [scenarioIds: [1]]],
                 ['DELETE', '/1/entries/1', null],
                 ['PUT', '/1/order', [scenarioIds: [1]]],
                 ['POST', '/1/publish', [version: 0]],
                 ['GET', '/1/audit', null]]
        ].combinations().collect { it[0] + it[1] }
    }

    def "a stale version is a 409 and changes nothing"() {
        given:
        def (a, b) = [scenario('PUBLISHED'), scenario('PUBLISHED')]
        def list = api.post(LISTS, [year: 2030, title: '版本'], admin)
        def seen = api.post("$LISTS/${list.id}/entries", [scenarioIds: [a.id, b.id]], admin)
        api.put("$LISTS/${list.id}/order", [scenarioIds: [b.id, a.id], version: seen.version], admin)

        expect:
        api.problem(HttpRequest.POST("$LISTS/${list.id}/publish", [version: seen.version]), admin).status == 409
        api.problem(HttpRequest.PUT("$LISTS/${list.id}/order", [scenarioIds: [a.id, b.id], version: seen.version]), admin).status == 409
        api.problem(HttpRequest.DELETE("$LISTS/${list.id}/entries/${a.id}?version=${seen.version}"), admin).status == 409
        api.problem(HttpRequest.POST("$LISTS/${list.id}/publish", [:]), admin).errors*.field == ['version']

        and:
        def now = api.get("$LISTS/${list.id}", admin)
        now.status == 'DRAFT'
        now.entries*.scenarioId == [b.id, a.id]
        now.version == seen.version + 1
    }

    def "reordering must name each scenario of the list exactly once"() {
        given:
        def (a, b, c) = [scenario('PUBLISHED'), scenario('PUBLISHED'), scenario('PUBLISHED')]
        def list = api.post(LISTS, [year: 2030, title: '排序'], admin)
        api.post("$LISTS/${list.id}/entries", [scenarioIds: [a.id, b.id]], admin)

        expect:
        [[a.id], [a.id, a.id], [a.id, b.id, c.id], [a.id, c.id]].every {
            def problem = api.problem(HttpRequest.PUT("$LISTS/${list.id}/order", [scenarioIds: it]), admin)
            problem.status == 400 && problem.errors*.field == ['scenarioIds']
        }
        api.get("$LISTS/${list.id}", admin).entries*.scenarioId == [a.id, b.id]
    }

    def "removing a scenario moves the ones after it up a number"() {
        given:
        def (a, b, c) = [scenario('PUBLISHED'), scenario('PUBLISHED'), scenario('PUBLISHED')]
        def list = api.post(LISTS, [year: 2030, title: '移出'], admin)
        api.post("$LISTS/${list.id}/entries", [scenarioIds: [a.id, b.id, c.id]], admin)

        when:
        def after = client.toBlocking().exchange(HttpRequest.DELETE("$LISTS/${list.id}/entries/${a.id}").bearerAuth(admin), Map).body()

        then:
        after.entries*.scenarioId == [b.id, c.id]
        after.entries*.number == [1, 2]
        api.problem(HttpRequest.DELETE("$LISTS/${list.id}/entries/${a.id}"), admin).status == 404
    }

    def "a list cannot be published empty, nor with a scenario that is no longer public"() {
        given:
        def s = scenario('PUBLISHED')
        def empty = api.post(LISTS, [year: 2030, title: '空清单'], admin)
        def list = api.post(LISTS, [year: 2030, title: '含撤回场景'], admin)
        list = api.post("$LISTS/${list.id}/entries", [scenarioIds: [s.id]], admin)
        api.post("/api/v1/scenarios/${s.id}/transitions", [action: 'WITHDRAW', version: s.version], enterprise.token)

        expect:
        api.problem(HttpRequest.POST("$LISTS/${empty.id}/publish", [version: empty.version]), admin).status == 409
        def gone = api.problem(HttpRequest.POST("$LISTS/${list.id}/publish", [version: list.version]), admin)
        gone.status == 409
        gone.detail.contains("${s.id}")
        api.get("$LISTS/${list.id}", admin).entries[0].status == 'WITHDRAWN'
    }

    def "slugs: the year, then the batch, then -2, -3 … when taken"() {
        expect:
        [[2031, null], [2031, '2031-1'], [2031, '1'], [2031, '第1批'], [2031, '第一批'], [2031, 'B']].collect { year, batch ->
            api.post(LISTS, [year: year, batch: batch, title: '地址'], admin).slug
        } == ['2031', '2031-1', '2031-1-2', '2031-1-3', '2031-2', '2031-b']
    }

    def "each change is in the list's audit trail"() {
        given:
        def (a, b) = [scenario('PUBLISHED'), scenario('PUBLISHED')]
        def list = api.post(LISTS, [year: 2032, title: '审计'], admin)
        api.post("$LISTS/${list.id}/entries", [scenarioIds: [a.id, b.id]], admin)
        api.put("$LISTS/${list.id}/order", [scenarioIds: [b.id, a.id]], admin)
        def last = api.exchange(HttpRequest.DELETE("$LISTS/${list.id}/entries/${a.id}"), admin).body()
        api.post("$LISTS/${list.id}/publish", [version: last.version], admin)

        when:
        def trail = api.getList("$LISTS/${list.id}/audit", admin)

        then:
        trail*.action == ['CREATE', 'ADD_SCENARIOS', 'REORDER', 'REMOVE_SCENARIO', 'PUBLISH']
        trail.every { it.entityType == 'ANNUAL_LIST' && it.entityId == list.id && it.actorName == 'admin' }
        trail.find { it.action == 'PUBLISH' }.subMap('fromStatus', 'toStatus') == [fromStatus: 'DRAFT', toStatus: 'PUBLISHED']
        trail.find { it.action == 'ADD_SCENARIOS' }.reason.contains("${b.id}")
    }

    private Map anonymous(String path) {
        client.toBlocking().retrieve(HttpRequest.GET(path), Map)
    }

    private Map publishedList(int year, String batch, List<Map> scenarios) {
        def list = api.post(LISTS, [year: year, batch: batch, title: "${year}年清单".toString()], admin)
        list = api.post("$LISTS/${list.id}/entries", [scenarioIds: scenarios*.id], admin)
        api.post("$LISTS/${list.id}/publish", [version: list.version], admin)
    }

    /** A fresh scenario of the enterprise, moved by the admin to DRAFT or PUBLISHED. */
    private Map scenario(String status, String title = Marketplace.unique('场景')) {
        def s = api.post('/api/v1/scenarios', form(title: title), enterprise.token)
        if (status == 'PUBLISHED') {
            ['SUBMIT', 'APPROVE', 'PUBLISH'].each {
                s = api.post("/api/v1/scenarios/${s.id}/transitions", [action: it, version: s.version], admin)
            }
        }
        s
    }

    private static Map form(Map overrides = [:]) {
        [year       : 2026, batch: '2026-1', title: '轮胎硫化车间设备联网与OEE分析',
         description: '硫化机约120台，设备状态靠人工记录，希望实现设备联网和OEE分析。',
         industryCode: 'C29', category: '质量管控', modes: ['智能化制造'], techTags: ['设备联网'],
         region     : '崂山区', budget: [min: 500000, max: 1200000],
         contact    : [name: '王工', phone: '13900001111', email: 'wang@example.com'],
         confidentialNotes: '仅供受邀服务商'] + overrides
    }
}
