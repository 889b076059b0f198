package cn.scenehub.taxonomy

import cn.scenehub.support.IntegrationSpec
import io.lettuce.core.api.StatefulRedisConnection
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class TaxonomySpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client
    @Inject
    StatefulRedisConnection<String, String> redis
    @Inject
    TaxonomyTermRepository terms
    @Inject
    TaxonomyService taxonomy

    def setup() {
        taxonomy.evictCache()
    }

    def "the six modes and the ten scenario categories come in their order, in Chinese"() {
        when:
        def body = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/taxonomy'), Map)

        then:
        body.modes*.name == ['数字化管理', '平台化设计', '智能化制造', '网络化协同', '个性化定制', '服务化延伸']
        body.categories*.code == ['RD', 'PROD', 'QUAL', 'EQUIP', 'SUPPLY', 'MGMT', 'SAFE', 'ENERGY', 'SERVICE', 'INFRA']
        body.categories.find { it.code == 'SUPPLY' }.name == '供应链与仓储物流'
    }

    def "the answer is cached in Redis and served from there until evicted"() {
        given:
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/taxonomy'), Map)
        def cached = redis.sync().get(TaxonomyService.CACHE_KEY)
        def rd = terms.findAllOrderByKindAndPosition().find { it.code() == 'RD' }

        expect:
        cached.contains('研发设计')
        cached.contains('橡胶和塑料制品业')

        when: 'the database changes behind the cache'
        terms.update(new TaxonomyTerm(rd.id(), rd.kind(), rd.code(), '研发设计（改）', rd.parentCode(), rd.position()))
        assert terms.findById(rd.id()).get().name() == '研发设计（改）'

        then: 'the cached answer is still served'
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/taxonomy'), Map).categories[0].name == '研发设计'

        when:
        taxonomy.evictCache()

        then:
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/taxonomy'), Map).categories[0].name == '研发设计（改）'

        cleanup:
        terms.update(rd)
        taxonomy.evictCache()
    }
}
