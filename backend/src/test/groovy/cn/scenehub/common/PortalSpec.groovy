package cn.scenehub.common

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class PortalSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    def "the portal is served at /"() {
        when:
        def response = client.toBlocking().exchange(HttpRequest.GET('/').accept(MediaType.TEXT_HTML), String)

        then:
        response.status.code == 200
        response.body().contains('<div id="app">')
    }

    def "a deep link reloaded in the browser gets the portal, so the router can show it"() {
        when:
        def response = client.toBlocking().exchange(HttpRequest.GET('/taxonomy').accept(MediaType.TEXT_HTML), String)

        then:
        response.status.code == 200
        response.body().contains('<div id="app">')
    }

    def "an unknown API path is a 404 problem, not the portal"() {
        given:
        def api = new Api(client.toBlocking())
        def request = { HttpRequest.GET('/api/v1/no-such-thing').accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON_TYPE) }

        expect:
        api.problem(request()).status == 404
        api.problem(request(), api.admin()).status == 404
    }

    def "the OpenAPI document and its browsable page are served"() {
        when:
        def document = client.toBlocking().retrieve(HttpRequest.GET('/swagger/scenehub-api.yml'), String)
        def page = client.toBlocking().retrieve(HttpRequest.GET('/swagger-ui/index.html').accept(MediaType.TEXT_HTML), String)

        then:
        document.contains('/api/v1/scenarios/{id}/transitions')
        document.contains('/api/v1/admin/imports/scenarios')
        page.contains('swagger-ui-bundle.js')
        page.contains('scenehub-api.yml')
    }
}
