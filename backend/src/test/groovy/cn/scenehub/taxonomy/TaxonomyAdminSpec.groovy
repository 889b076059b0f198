package cn.scenehub.taxonomy

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class TaxonomyAdminSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    def "an admin adds a technique tag; it is served, resolvable in forms, and searchable"() {
        given:
        def api = new Api(client.toBlocking())
        def admin = api.admin()
        def tag = '铸件砂眼X光识别'

        when:
        api.put("/api/v1/admin/taxonomy/TECH_TAG/${URLEncoder.encode(tag, 'UTF-8')}", [code: tag, name: tag, parentCode: 'QUAL'], admin)

        then:
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/taxonomy'), Map).techTags*.code.contains(tag)
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/taxonomy/search?q=' + URLEncoder.encode('砂眼', 'UTF-8')), Map)
                .items*.name.contains(tag)
    }

    def "modes and categories are fixed; only admins change vocabularies"() {
        given:
        def api = new Api(client.toBlocking())
        def enterprise = new Marketplace(api).organizationWithUser('MANUFACTURER', '370212')

        expect:
        api.problem(HttpRequest.PUT('/api/v1/admin/taxonomy/CATEGORY/QUAL', [code: 'QUAL', name: '质量']), api.admin()).status == 409
        api.problem(HttpRequest.PUT('/api/v1/admin/taxonomy/CHAIN/x', [code: 'x', name: 'x']), enterprise.token).status == 403
        api.problem(HttpRequest.PUT('/api/v1/admin/taxonomy/CHAIN/x', [code: 'y', name: 'x']), api.admin()).errors*.field == ['code']
    }
}
