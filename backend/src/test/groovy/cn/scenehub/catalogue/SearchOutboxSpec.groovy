package cn.scenehub.catalogue

import cn.scenehub.opensearchnode.OpenSearchNodeProcess
import cn.scenehub.support.Api
import cn.scenehub.support.Marketplace
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Specification
import spock.util.concurrent.PollingConditions

import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration

/**
 * The index follows MySQL through the outbox, also across an OpenSearch outage. This spec runs
 * its own OpenSearch node, so it can stop and restart it.
 */
@MicronautTest(transactional = false)
class SearchOutboxSpec extends Specification implements TestPropertyProvider {

    @Shared Path nodeData = Files.createTempDirectory('scenehub-outbox-spec')
    @Shared int port = new ServerSocket(0).withCloseable { it.localPort }
    @Shared OpenSearchNodeProcess node = OpenSearchNodeProcess.start(nodeData, port, '384m', Duration.ofMinutes(3))

    @Inject
    @Client('/')
    HttpClient client
    @Inject
    OutboxRepository outbox

    @Override
    Map<String, String> getProperties() {
        ['scenehub.opensearch.urls': node.url(), 'scenehub.search.relay-interval': '300ms', 'scenehub.opensearch.index-prefix': 'outbox-']
    }

    def cleanupSpec() {
        node?.close()
        nodeData.toFile().deleteDir()
    }

    def "a published scenario reaches the index with public fields only, and leaves it when withdrawn"() {
        given:
        def api = new Api(client.toBlocking())
        def enterprise = new Marketplace(api).organizationWithUser('MANUFACTURER', '370212')
        def admin = api.admin()
        def s = api.post('/api/v1/scenarios', form(), enterprise.token)
        ['SUBMIT', 'APPROVE', 'PUBLISH'].each { s = api.post("/api/v1/scenarios/${s.id}/transitions", [action: it, version: s.version], admin) }

        expect:
        eventually { indexed(s.id)?.contains('"found":true') }
        def doc = indexed(s.id)
        doc.contains('轮胎') && doc.contains('"region":"370212"')
        !doc.contains('13900001111')
        !doc.contains('仅供受邀')
        !doc.contains(enterprise.org.creditCode)

        when:
        api.post("/api/v1/scenarios/${s.id}/transitions", [action: 'WITHDRAW', version: s.version], enterprise.token)

        then:
        eventually { indexed(s.id)?.contains('"found":false') }
    }

    def "writes succeed while OpenSearch is down, and the index catches up when it is back"() {
        given:
        def api = new Api(client.toBlocking())
        def enterprise = new Marketplace(api).organizationWithUser('MANUFACTURER', '370212')
        def admin = api.admin()
        def s = api.post('/api/v1/scenarios', form(), enterprise.token)
        ['SUBMIT', 'APPROVE'].each { s = api.post("/api/v1/scenarios/${s.id}/transitions", [action: it, version: s.version], admin) }

        when: 'OpenSearch stops and the scenario is published'
        node.close()
        s = api.post("/api/v1/scenarios/${s.id}/transitions", [action: 'PUBLISH', version: s.version], admin)

        then: 'the write succeeded and its change waits in the outbox'
        s.status == 'PUBLISHED'
        outbox.count() > 0

        when: 'OpenSearch comes back on the same data'
        node = OpenSearchNodeProcess.start(nodeData, port, '384m', Duration.ofMinutes(3))

        then:
        new PollingConditions(timeout: 120, delay: 1).eventually {
            assert indexed(s.id)?.contains('"found":true')
            assert outbox.count() == 0
        }
    }

    private static void eventually(Closure<Boolean> condition) {
        new PollingConditions(timeout: 60, delay: 0.5).eventually { assert condition() }
    }

    /** The raw document as OpenSearch has it, or null if OpenSearch does not answer. */
    private String indexed(Object id) {
        try {
            def http = java.net.http.HttpClient.newHttpClient()
            http.send(java.net.http.HttpRequest.newBuilder(URI.create("${node.url()}/outbox-scenarios/_doc/${id}".toString())).build(),
                    HttpResponse.BodyHandlers.ofString()).body()
        } catch (IOException ignored) {
            null
        }
    }

    private static Map form() {
        [year       : 2026, title: '轮胎硫化车间设备联网', description: '硫化机约120台，希望实现设备联网和OEE分析。',
         industryCode: 'C29', category: 'EQUIP', modes: ['智能化制造'], techTags: ['设备联网'], region: '崂山区',
         budget     : [min: 500000, max: 1200000], deadline: '2030-12-31',
         contact    : [name: '王工', phone: '13900001111'], confidentialNotes: '仅供受邀服务商：现有MES为自研系统']
    }
}
