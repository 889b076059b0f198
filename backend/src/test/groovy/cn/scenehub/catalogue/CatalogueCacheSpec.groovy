package cn.scenehub.catalogue

import cn.scenehub.search.index.DocumentWriter
import cn.scenehub.search.index.IndexAdmin
import cn.scenehub.search.index.IndexDefinition
import cn.scenehub.search.index.IndexLayout
import cn.scenehub.support.IntegrationSpec
import io.lettuce.core.api.StatefulRedisConnection
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.uri.UriBuilder
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions

import java.time.Instant

/**
 * Each replica reuses its catalogue answers until the catalogue generation in Redis moves. The
 * documents here go straight into the index, past the relay that would announce them, to show
 * what is reused and what makes a replica search again.
 */
@MicronautTest(transactional = false)
class CatalogueCacheSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject IndexAdmin indices
    @Inject IndexLayout layout
    @Inject DocumentWriter writer
    @Inject ReindexJobRepository jobs
    @Inject CatalogueCache cache
    @Inject StatefulRedisConnection<String, String> redis

    def setup() {
        new PollingConditions(timeout: 60).eventually { // the start-up build is done
            assert indices.currentIndex(IndexDefinition.SCENARIOS).isPresent()
            assert jobs.running(Instant.EPOCH).isEmpty()
        }
    }

    def "a repeated search is answered from the replica's copy until the catalogue changes"() {
        given:
        index(9001)
        cache.changed()
        def first = search('zqcache')

        when: 'a document arrives that nobody announced'
        index(9002)
        long hitsBefore = cache.hits()
        def repeated = search('zqcache')

        then: 'the copy answers'
        first.total == 1
        repeated == first
        cache.hits() == hitsBefore + 1

        and: 'a client asking past caches gets a new search, which becomes the copy'
        search('zqcache', 'no-cache').total == 2
        search('zqcache').total == 2

        when: 'another replica announces a change (its relay raised the generation)'
        index(9003)
        redis.sync().incr(CatalogueCache.generationKey(layout))

        then:
        search('zqcache').total == 3
    }

    def "this replica's own announcement is seen at once, and other requests are kept apart"() {
        given:
        index(9101, 'zqborder')
        cache.changed()
        def page = search('zqborder')

        when:
        index(9102, 'zqborder')
        cache.changed()

        then:
        page.total == 1
        search('zqborder').total == 2
        search('zqborder', null, [category: 'QUAL']).total == 0
        search('zqborder', null, [size: 1]).items.size() == 1
    }

    private void index(int id, String word = 'zqcache') {
        writer.bulk(IndexDefinition.SCENARIOS, [(id.toString()): [id: id, externalId: "CACHE-${id}".toString(),
                year: 2025, batch: '2025-1', title: "${word}场景${id}".toString(),
                titleSegmented: "${word} 场景 ${id}".toString(), description: '测试', descriptionSegmented: '测试',
                enterpriseName: '青岛测试有限公司', category: 'PROD', modes: ['智能化制造'], industryCode: 'C34',
                region: '370211', techTags: [], techTagsSegmented: '', status: 'PUBLISHED',
                publishedAt: Instant.parse('2025-03-01T00:00:00Z').plusSeconds(id).toString()]], [])
    }

    private Map search(String q, String cacheControl = null, Map params = [:]) {
        def uri = UriBuilder.of('/api/v1/catalogue/scenarios').queryParam('q', q)
        params.each { k, v -> uri.queryParam(k as String, v) }
        def request = HttpRequest.GET(uri.build())
        if (cacheControl) {
            request.header('Cache-Control', cacheControl)
        }
        client.toBlocking().retrieve(request, Map)
    }
}
