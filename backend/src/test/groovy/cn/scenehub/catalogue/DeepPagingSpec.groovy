package cn.scenehub.catalogue

import cn.scenehub.search.index.DocumentWriter
import cn.scenehub.search.index.IndexAdmin
import cn.scenehub.search.index.IndexDefinition
import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.uri.UriBuilder
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions

import java.time.Instant

/**
 * Paging past OpenSearch's window of 10,000 hits. The catalogue reads only the index, so this
 * spec writes 10,050 scenario documents straight into it (many share a publication time, so
 * the id must break ties), instead of publishing them through the API.
 */
@MicronautTest(transactional = false)
class DeepPagingSpec extends IntegrationSpec {

    static final int COUNT = 10_050

    @Inject @Client('/') HttpClient client
    @Inject IndexAdmin indices
    @Inject DocumentWriter writer
    @Inject ReindexJobRepository jobs

    @Shared boolean loaded

    def setup() {
        if (!loaded) {
            new PollingConditions(timeout: 60).eventually { // the start-up build is done
                assert indices.currentIndex(IndexDefinition.SUGGEST).isPresent()
                assert jobs.running(Instant.EPOCH).isEmpty()
            }
            (1..COUNT).collate(2500).each { ids ->
                writer.bulk(IndexDefinition.SCENARIOS, ids.collectEntries { [(it.toString()): document(it)] }, [])
            }
            indices.refresh(IndexDefinition.SCENARIOS)
            loaded = true
        }
    }

    def "page numbers reach past the first 10,000 hits, in the same order as the pages before"() {
        when:
        def last = search(page: 100, size: 100)
        def before = search(page: 99, size: 100)

        then:
        last.total == COUNT
        last.items.size() == 50
        before.items.size() == 100
        (before.items*.id + last.items*.id).unique().size() == 150
        search(page: 200, size: 50).items.size() == 50
        search(page: 201, size: 50).items == []
    }

    def "following nextCursor walks every hit once, past the window, in newest-first order with the id breaking ties"() {
        when:
        def ids = []
        def page = search(size: 100)
        int requests = 1
        while (true) {
            ids.addAll(page.items*.id)
            if (!page.nextCursor) {
                break
            }
            page = search(size: 100, cursor: page.nextCursor)
            requests++
        }

        then:
        requests == 101
        ids.size() == COUNT
        ids.toSet().size() == COUNT
        search(page: 100, size: 100).items*.id == ids.subList(10_000, COUNT)
    }

    def "a cursor also continues a deep page reached by number"() {
        when:
        def deep = search(page: 150, size: 50)
        def next = search(size: 50, cursor: deep.nextCursor)

        then:
        next.items*.id == search(page: 151, size: 50).items*.id
    }

    private static Map document(int id) {
        [id: id, externalId: "DEEP-${id}".toString(), year: 2025, batch: '2025-1', title: "深翻页场景${id}".toString(),
         titleSegmented: "深 翻页 场景 ${id}".toString(), description: '用于翻页', descriptionSegmented: '用于 翻页',
         enterpriseName: '青岛测试有限公司', category: 'PROD', modes: ['智能化制造'], industryCode: 'C34',
         region: '370211', techTags: [], techTagsSegmented: '', status: 'PUBLISHED',
         publishedAt: Instant.parse('2025-03-01T00:00:00Z').plusSeconds(3600L * (id % 7)).toString()]
    }

    private Map search(Map params) {
        def uri = UriBuilder.of('/api/v1/catalogue/scenarios')
        params.each { k, v -> uri.queryParam(k as String, v) }
        client.toBlocking().retrieve(HttpRequest.GET(uri.build()), Map)
    }
}
