package cn.scenehub.common

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

/** Lists keep their own order: a client's sort parameter is ignored, never a 500. */
@MicronautTest(transactional = false)
class ListOrderSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client

    def "a sort parameter on a workspace list is ignored"() {
        given:
        def api = new Api(client.toBlocking())
        String admin = api.admin()

        expect:
        api.get('/api/v1/scenarios?sort=id,desc&size=5', admin).containsKey('items')
        api.get('/api/v1/organizations?sort=name&size=5', admin) != null
    }
}
