package cn.scenehub.search.taxonomy

import cn.scenehub.opensearchnode.SharedTestNode
import cn.scenehub.search.SearchClientFactory
import cn.scenehub.search.index.IndexAdmin
import cn.scenehub.search.index.IndexDefinition
import cn.scenehub.search.index.IndexLayout
import org.opensearch.client.opensearch.OpenSearchClient
import spock.lang.Shared
import spock.lang.Specification

/** Against a real OpenSearch node started for the test run. */
class TaxonomyIndexSpec extends Specification {

    @Shared
    OpenSearchClient client = SearchClientFactory.create([SharedTestNode.url()], null, null)
    @Shared
    IndexLayout layout = new IndexLayout(1, 0, 'spec-taxonomy-')
    @Shared
    TaxonomyIndex index = new TaxonomyIndex(client, layout)

    def setupSpec() {
        index.rebuild([
                index.document('MODE', 'INTELLIGENT_MANUFACTURING', '智能化制造'),
                index.document('MODE', 'NETWORKED_COLLABORATION', '网络化协同'),
                index.document('CATEGORY', 'PROD', '生产制造'),
                index.document('CATEGORY', 'QUAL', '质量管控'),
                index.document('CATEGORY', 'ENERGY', '节能降碳'),
        ])
    }

    def "a word of a name finds every term containing it"() {
        expect:
        index.search('制造', 10)*.name.toSet() == ['智能化制造', '生产制造'] as Set
    }

    def "the whole name ranks its own term first"() {
        expect:
        index.search('质量管控', 10).first().code == 'QUAL'
    }

    def "a code finds its term"() {
        expect:
        index.search('energy', 10)*.name == ['节能降碳']
    }

    def "a query sharing no word finds nothing, and punctuation alone is no query"() {
        expect:
        index.search('区块链', 10).isEmpty()
        index.search('，。', 10).isEmpty()
    }

    def "a rebuild replaces the index behind the alias and drops stale terms"() {
        given:
        def admin = new IndexAdmin(client, layout)
        def before = admin.currentIndex(IndexDefinition.TAXONOMY).get()

        when:
        index.rebuild([index.document('CATEGORY', 'SAFE', '安全生产')])

        then:
        def after = admin.currentIndex(IndexDefinition.TAXONOMY).get()
        after != before
        index.search('安全生产', 10)*.code == ['SAFE']
        index.search('质量管控', 10).isEmpty()

        cleanup:
        setupSpec()
    }
}
