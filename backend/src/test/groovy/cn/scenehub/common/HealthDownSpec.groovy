package cn.scenehub.common

import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions

/**
 * OpenSearch unreachable (a port nobody listens on) and Redis dying under a running
 * application (a private redis-server this spec starts and then kills).
 */
@MicronautTest(transactional = false)
class HealthDownSpec extends IntegrationSpec {

    @Shared
    int redisPort = freePort()
    @Shared
    Process redis = startRedis(redisPort)

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, String> extraProperties() {
        ['scenehub.opensearch.urls': "http://127.0.0.1:${freePort()}".toString(),
         'redis.uri'               : "redis://127.0.0.1:${redisPort}".toString()]
    }

    def cleanupSpec() {
        redis?.destroyForcibly()
    }

    def "/health answers 503 DOWN and names OpenSearch as the failed part"() {
        when:
        client.toBlocking().exchange(HttpRequest.GET('/health'), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 503
        def health = e.response.getBody(Map).get()
        health.status == 'DOWN'
        health.details.opensearch.status == 'DOWN'
        health.details.opensearch.details.error
        health.details.jdbc.status == 'UP'
    }

    def "a search while OpenSearch is down is a 503 problem with Retry-After, not a 500"() {
        when:
        client.toBlocking().exchange(HttpRequest.GET('/api/v1/taxonomy/search?q=%E5%88%B6%E9%80%A0'), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 503
        e.response.header('Retry-After') == '30'
        e.response.contentType.get().toString() == 'application/problem+json'
        e.response.getBody(Map).get().status == 503
    }

    def "the taxonomy still reads from the database when Redis dies, and /health names Redis"() {
        when:
        redis.destroyForcibly().waitFor()

        then:
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/taxonomy'), Map).modes.size() == 6
        new PollingConditions(timeout: 15).eventually {
            def health = healthBody()
            assert health.status == 'DOWN'
            assert health.details.redis.status == 'DOWN'
        }
    }

    private Map healthBody() {
        try {
            client.toBlocking().retrieve(HttpRequest.GET('/health'), Map)
        } catch (HttpClientResponseException e) {
            e.response.getBody(Map).get()
        }
    }

    private static int freePort() {
        new ServerSocket(0).withCloseable { it.localPort }
    }

    private static Process startRedis(int port) {
        def process = new ProcessBuilder('redis-server', '--port', "$port", '--bind', '127.0.0.1',
                '--save', '', '--appendonly', 'no').redirectErrorStream(true).start()
        def deadline = System.currentTimeMillis() + 10_000
        while (System.currentTimeMillis() < deadline) {
            try {
                new Socket('127.0.0.1', port).close()
                return process
            } catch (IOException ignored) {
                sleep 100
            }
        }
        throw new IllegalStateException("redis-server did not start on $port")
    }
}
