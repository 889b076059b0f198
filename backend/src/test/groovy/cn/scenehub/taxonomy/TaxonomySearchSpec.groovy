package cn.scenehub.taxonomy

import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.uri.UriBuilder
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions

@MicronautTest(transactional = false)
class TaxonomySearchSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    def setup() {
        // The index is built from MySQL in the background after start-up.
        new PollingConditions(timeout: 30).eventually {
            assert !search('质量').items.isEmpty()
        }
    }

    def "a word finds every mode and category whose name contains it"() {
        when:
        def items = search('制造').items.findAll { it.kind in ['MODE', 'CATEGORY'] }

        then:
        items*.name.toSet() == ['智能化制造', '生产制造'] as Set
        items.find { it.name == '智能化制造' }.kind == 'MODE'
        items.find { it.name == '生产制造' }.kind == 'CATEGORY'
    }

    def "industries, regions, chains and tech tags are searched too"() {
        expect:
        search(q).items.first().subMap('kind', 'code') == [kind: kind, code: code]

        where:
        q                  || kind       | code
        '橡胶和塑料制品业' || 'INDUSTRY' | 'C29'
        '黄岛区'           || 'REGION'   | '370211'
        '智能家电'         || 'CHAIN'    | 'smart-home-appliances'
        '机器视觉'         || 'TECH_TAG' | '机器视觉'
    }

    def "the full name ranks its own term first"() {
        expect:
        search('供应链与仓储物流').items.first().code == 'SUPPLY'
    }

    def "a missing or blank q is a 400 problem naming the field"() {
        when:
        client.toBlocking().exchange(HttpRequest.GET(url), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 400
        e.response.contentType.get().toString() == 'application/problem+json'
        def problem = e.response.getBody(Map).get()
        problem.status == 400
        problem.detail.contains('q')

        where:
        url << ['/api/v1/taxonomy/search', '/api/v1/taxonomy/search?q=%20']
    }

    def "a blank q names the field q in the problem's errors"() {
        when:
        client.toBlocking().exchange(HttpRequest.GET('/api/v1/taxonomy/search?q=%20'), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.response.getBody(Map).get().errors*.field == ['q']
    }

    private Map search(String q) {
        client.toBlocking().retrieve(HttpRequest.GET(UriBuilder.of('/api/v1/taxonomy/search').queryParam('q', q).build()), Map)
    }
}
