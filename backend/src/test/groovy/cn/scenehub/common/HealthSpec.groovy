package cn.scenehub.common

import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class HealthSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    def "/health is UP with the database, OpenSearch and Redis each reported UP"() {
        when:
        def response = client.toBlocking().exchange(HttpRequest.GET('/health'), Map)

        then:
        response.status.code == 200
        def health = response.body()
        health.status == 'UP'
        health.details.jdbc.status == 'UP'
        health.details.redis.status == 'UP'
        health.details.opensearch.status == 'UP'
        health.details.opensearch.details.nodes == 1
    }
}
