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

    def "hashed assets are cached for a year, the page itself is revalidated on every load"() {
        when:
        def index = client.toBlocking().exchange(HttpRequest.GET('/').accept(MediaType.TEXT_HTML), String)
        def asset = (index.body() =~ /\/assets\/[^"]+\.js/)[0]
        def script = client.toBlocking().exchange(HttpRequest.GET(asset), String)
        def deepLink = client.toBlocking().exchange(HttpRequest.GET('/scenarios/12').accept(MediaType.TEXT_HTML), String)

        then:
        index.header('Cache-Control') == 'no-cache'
        script.status.code == 200
        script.header('Cache-Control') == 'public, max-age=31536000, immutable'
        deepLink.header('Cache-Control') == 'no-cache'
    }

    def "a missing asset is not cached as if it were one"() {
        when:
        client.toBlocking().exchange(HttpRequest.GET('/assets/index-nothere.js'), String)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 404
        e.response.header('Cache-Control') != 'public, max-age=31536000, immutable'
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
