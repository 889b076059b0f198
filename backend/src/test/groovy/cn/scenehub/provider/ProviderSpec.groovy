package cn.scenehub.provider

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
class ProviderSpec extends IntegrationSpec {

    static final String HUANGDAO = '370211'
    static final String LAOSHAN = '370212'

    @Inject
    @Client('/')
    HttpClient client

    @Shared Api api
    @Shared Marketplace market
    @Shared String huangdao
    @Shared String laoshan

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            market = new Marketplace(api)
            huangdao = market.commissioner([HUANGDAO])
            laoshan = market.commissioner([LAOSHAN])
        }
    }

    def "a provider writes its capability map; names resolve to codes and city codes to six digits"() {
        given:
        def provider = market.organizationWithUser('PROVIDER', HUANGDAO)

        when:
        def view = api.put("/api/v1/providers/${provider.org.id}/profile", profile(), provider.token)

        then:
        view.poolStatus == 'DRAFT'
        view.capabilities[0].category == 'QUAL'
        view.capabilities[0].modes == ['智能化制造']
        view.capabilities[0].industries == ['C29', 'C38']
        view.cases[0].industryCode == 'C29'
        view.serviceRegions == ['370200']
        view.contact.phone
    }

    def "wrong entries are named by their path"() {
        given:
        def provider = market.organizationWithUser('PROVIDER', HUANGDAO)

        when:
        def problem = api.problem(HttpRequest.PUT("/api/v1/providers/${provider.org.id}/profile", profile(
                capabilities: [[category: 'QUAL', industries: ['C29']], [category: '火星', industries: ['Z99']]],
                serviceRegions: ['火星市'])), provider.token)

        then:
        problem.status == 400
        problem.errors*.field.toSet() == ['capabilities[1].category', 'capabilities[1].industries', 'serviceRegions'] as Set
    }

    def "apply, list by the district's commissioner, suspend with a reason; only LISTED is public"() {
        given:
        def provider = market.organizationWithUser('PROVIDER', HUANGDAO)
        def id = provider.org.id
        def view = api.put("/api/v1/providers/${id}/profile", profile(), provider.token)

        expect: 'not public before listing'
        api.problem(HttpRequest.GET("/api/v1/providers/${id}")).status == 404

        when:
        view = api.post("/api/v1/providers/${id}/pool", [action: 'APPLY', version: view.version], provider.token)

        then:
        view.poolStatus == 'APPLIED'
        api.problem(HttpRequest.POST("/api/v1/providers/${id}/pool", [action: 'LIST', version: view.version]), provider.token).status == 403
        api.problem(HttpRequest.POST("/api/v1/providers/${id}/pool", [action: 'LIST', version: view.version]), laoshan).status == 404

        when:
        view = api.post("/api/v1/providers/${id}/pool", [action: 'LIST', version: view.version], huangdao)
        def seen = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/providers/${id}"), Map)

        then:
        view.poolStatus == 'LISTED'
        seen.name == provider.org.name
        seen.capabilities.size() == 1
        !seen.containsKey('contact')
        !seen.containsKey('creditCode')
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/providers?size=500'), Map).items*.id.contains(id)

        when:
        def noReason = api.problem(HttpRequest.POST("/api/v1/providers/${id}/pool", [action: 'SUSPEND', version: view.version]), huangdao)
        view = api.post("/api/v1/providers/${id}/pool", [action: 'SUSPEND', reason: '案例材料不实', version: view.version], huangdao)

        then:
        noReason.errors*.field == ['reason']
        view.poolStatus == 'SUSPENDED'
        api.problem(HttpRequest.GET("/api/v1/providers/${id}")).status == 404
        api.getList("/api/v1/providers/${id}/audit", huangdao)*.action == ['CREATE_PROFILE', 'APPLY', 'LIST', 'SUSPEND']
    }

    def "a provider cannot edit another provider, nor set its own maturity level"() {
        given:
        def one = market.organizationWithUser('PROVIDER', HUANGDAO)
        def other = market.organizationWithUser('PROVIDER', HUANGDAO)
        def view = api.put("/api/v1/providers/${other.org.id}/profile", profile(), other.token)

        expect:
        api.problem(HttpRequest.PUT("/api/v1/providers/${other.org.id}/profile", profile(version: view.version)), one.token).status == 404
        api.problem(HttpRequest.PUT("/api/v1/providers/${other.org.id}/profile", profile(maturityLevel: 3, version: view.version)), other.token).errors*.field == ['maturityLevel']
        api.put("/api/v1/providers/${other.org.id}/profile", profile(maturityLevel: 3, version: view.version), huangdao).maturityLevel == 3
        api.problem(HttpRequest.PUT("/api/v1/providers/${other.org.id}/profile", profile(version: view.version)), other.token).status == 409
    }

    def "applying needs a capability"() {
        given:
        def provider = market.organizationWithUser('PROVIDER', HUANGDAO)
        def view = api.put("/api/v1/providers/${provider.org.id}/profile", profile(capabilities: []), provider.token)

        expect:
        api.problem(HttpRequest.POST("/api/v1/providers/${provider.org.id}/pool", [action: 'APPLY', version: view.version]), provider.token).errors*.field == ['capabilities']
    }

    private static Map profile(Map overrides = [:]) {
        [description   : '专注工业机器视觉质检，提供表面缺陷检测系统与AI训练平台。',
         platformType  : '专业型',
         capabilities  : [[category: '质量管控', modes: ['智能化制造'], industries: ['C29', '电气机械和器材制造业'],
                           techTags: ['机器视觉', '缺陷检测'], description: '轮胎与家电外观缺陷检测']],
         cases         : [[title: '轮胎X光缺陷自动判定', industryCode: '橡胶和塑料制品业', description: '检出率99.6%', year: 2024]],
         products      : [[name: '慧眼视觉质检平台', description: '支持小样本训练']],
         serviceRegions: ['3702']] + overrides
    }
}
