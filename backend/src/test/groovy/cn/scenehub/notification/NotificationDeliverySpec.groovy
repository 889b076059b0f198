package cn.scenehub.notification

import cn.scenehub.opensearchnode.SharedTestNode
import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.sse.SseClient
import io.micronaut.http.sse.Event
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import reactor.core.Disposable
import reactor.core.publisher.Flux
import spock.lang.AutoCleanup
import spock.lang.Shared

import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

/** Two application instances on one MySQL and one Redis, as the replicas behind the load balancer. */
@MicronautTest(transactional = false)
class NotificationDeliverySpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client

    @Shared @AutoCleanup EmbeddedServer second

    def setupSpec() {
        // The second instance joins the first one's schema instead of starting from an empty one.
        second = ApplicationContext.builder().environments('test').properties([
                'scenehub.opensearch.urls'                   : SharedTestNode.url(),
                'flyway.datasources.default.clean-schema'    : 'false',
                'scenehub.opensearch.index-prefix'           : 'test-second-' + UUID.randomUUID().toString().take(8) + '-',
        ]).run(EmbeddedServer)
    }

    def "a notification written on one instance reaches a stream open on the other, and the inbox counts it"() {
        given:
        def api = new Api(client.toBlocking())
        def market = new Marketplace(api)
        def enterprise = market.organizationWithUser('MANUFACTURER', '370212')
        def provider = market.listedProvider('370211')
        def scenario = market.publishedScenario(enterprise)
        def onSecond = new Api(second.applicationContext.createBean(HttpClient, second.URL).toBlocking())

        and: 'the enterprise listens on the second instance'
        def events = new LinkedBlockingQueue<Event<Map>>()
        SseClient sse = second.applicationContext.createBean(SseClient, second.URL)
        Disposable subscription = Flux.from(sse.eventStream(HttpRequest.GET('/api/v1/notifications/stream')
                .bearerAuth(enterprise.token), Map)).subscribe { events.add(it) }
        def ready = events.poll(10, TimeUnit.SECONDS)

        expect:
        ready.name == 'ready'
        ready.data.unread == 0

        when: 'the provider answers through the first instance'
        api.post("/api/v1/scenarios/${scenario.id}/proposals", [approach: '方案', price: [min: 1, max: 2], durationDays: 30], provider.token)
        def live = events.poll(10, TimeUnit.SECONDS)

        then:
        live.name == 'notification'
        live.data.type == 'PROPOSAL_RECEIVED'
        live.data.link == "/api/v1/scenarios/${scenario.id}/proposals".toString()

        and: 'the inbox, read on either instance, has it unread'
        onSecond.get('/api/v1/notifications/unread-count', enterprise.token).unread == 1
        def inbox = api.get('/api/v1/notifications?unread=true', enterprise.token)
        inbox.items*.id == [live.data.id]

        when:
        def read = api.post("/api/v1/notifications/${live.data.id}/read", [:], enterprise.token)

        then:
        read.readAt
        onSecond.get('/api/v1/notifications/unread-count', enterprise.token).unread == 0
        api.problem(HttpRequest.POST("/api/v1/notifications/${live.data.id}/read", [:]), provider.token).status == 404

        and: 'delivered once, not once per instance'
        Thread.sleep(500)
        events.every { it.name != 'notification' }

        cleanup:
        subscription?.dispose()
    }
}
