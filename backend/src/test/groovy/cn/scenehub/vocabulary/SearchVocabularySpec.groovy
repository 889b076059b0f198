package cn.scenehub.vocabulary

import cn.scenehub.audit.AuditLog
import cn.scenehub.search.analysis.IndustrialSegmenter
import cn.scenehub.search.analysis.Synonyms
import cn.scenehub.search.index.IndexAdmin
import cn.scenehub.search.index.IndexDefinition
import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import cn.scenehub.support.SharedData
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.lettuce.core.api.StatefulRedisConnection
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.uri.UriBuilder
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Stepwise
import spock.util.concurrent.PollingConditions

import java.time.Instant

/**
 * Administrators extend the dictionary and the synonyms at run time; searches follow at once,
 * records indexed before follow with a reindex, and a change made on another replica arrives
 * without a restart.
 */
@Stepwise
@MicronautTest(transactional = false)
class SearchVocabularySpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject DictionaryTermRepository terms
    @Inject VocabularyVersionRepository versions
    @Inject StatefulRedisConnection<String, String> redis
    @Inject AuditLog audit
    @Inject IndexAdmin indices
    @io.micronaut.context.annotation.Value('${datasources.default.url}') String databaseUrl
    @io.micronaut.context.annotation.Value('${datasources.default.username}') String databaseUser

    @Shared Api api
    @Shared String admin

    @Override
    Map<String, String> extraProperties() {
        ['scenehub.search.vocabulary-refresh': '1h', 'scenehub.search.reindex-grace': '1s']
    }

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            admin = api.admin()
            def template = (new JsonSlurper().parse(SharedData.matchingDev('scenarios.json')) as List<Map>)[0]
            def records = [
                    [externalId: 'VOC-1', title: '厂内氢燃料叉车调度系统', description: '厂区有氢燃料叉车约30台，需要统一调度和加氢排队管理。',
                     techTags: ['调度']],
                    [externalId: 'VOC-2', title: '铸造车间砂型打印应用', description: '引入砂型打印替代木模，缩短新品试制周期。',
                     techTags: ['增材制造']],
                    [externalId: 'VOC-3', title: '泵体铸件无模铸造验证', description: '对泵体铸件开展无模铸造工艺验证。',
                     techTags: ['铸造工艺']]].collect {
                template + it + [enterprise: template.enterprise + [creditCode: Marketplace.creditCode('370211'),
                                                                   name: "青岛${it.externalId}测试有限公司".toString()]]
            }
            client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/scenarios', JsonOutput.toJson(records))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin), Map)
            new PollingConditions(timeout: 60).eventually { // indexed, and the start-up build has nothing left to relay
                assert search('调度').items*.externalId.contains('VOC-1')
                assert count("SELECT COUNT(*) FROM search_reindex_job WHERE status = 'RUNNING'") == 0
                assert count('SELECT COUNT(*) FROM search_outbox') == 0
            }
        }
    }

    def "an administrator's term stays whole at once, still finds records indexed before, and is whole in them after a reindex"() {
        given:
        assert !IndustrialSegmenter.get().tokens('氢燃料叉车调度').contains('氢燃料叉车')

        when:
        def added = api.post('/api/v1/admin/dictionary', [term: '氢燃料叉车'], admin)

        then:
        added.term == '氢燃料叉车' && added.id
        IndustrialSegmenter.get().tokens('氢燃料叉车调度').contains('氢燃料叉车')
        search('氢燃料叉车').items[0].externalId == 'VOC-1'
        api.get('/api/v1/admin/dictionary', admin).items*.term == ['氢燃料叉车']
        api.get('/api/v1/admin/dictionary', admin).shippedTerms > 800
        audit.trail('DICTIONARY_TERM', added.id as long)*.action == ['ADD']
        !indexedTitle('VOC-1').split(' ').contains('氢燃料叉车')

        when:
        reindex()

        then:
        indexedTitle('VOC-1').split(' ').contains('氢燃料叉车')
        search('氢燃料叉车').items[0].externalId == 'VOC-1'
        suggest('qrlcc').contains('氢燃料叉车')
    }

    def "bad terms are problems naming the field; a known term is a conflict; only administrators"() {
        expect:
        api.problem(HttpRequest.POST('/api/v1/admin/dictionary', [term: 'OPC UA']), admin).errors*.field == ['term']
        api.problem(HttpRequest.POST('/api/v1/admin/dictionary', [term: '']), admin).errors*.field == ['term']
        api.problem(HttpRequest.POST('/api/v1/admin/dictionary', [term: '，。']), admin).errors*.field == ['term']
        def known = api.problem(HttpRequest.POST('/api/v1/admin/dictionary', [term: '数字孪生']), admin)
        known.status == 409 && known.errors*.field == ['term']
        api.problem(HttpRequest.POST('/api/v1/admin/dictionary', [term: '氢燃料叉车']), admin).status == 409
        api.problem(HttpRequest.POST('/api/v1/admin/dictionary', [term: '新词条']), null).status == 401
        api.problem(HttpRequest.DELETE('/api/v1/admin/dictionary/999999'), admin).status == 404
        api.problem(HttpRequest.GET('/api/v1/admin/synonyms'), enterpriseToken()).status == 403
    }

    def "a synonym group applies both ways at once, and goes when deleted"() {
        when:
        def group = api.post('/api/v1/admin/synonyms', [terms: ['砂型打印', '无模铸造']], admin)

        then:
        group.group == ['砂型打印', '无模铸造']
        search('无模铸造').items*.externalId.containsAll(['VOC-2', 'VOC-3'])
        search('砂型打印').items*.externalId.containsAll(['VOC-2', 'VOC-3'])
        api.get('/api/v1/admin/synonyms', admin).items*.terms == [['砂型打印', '无模铸造']]
        audit.trail('SYNONYM_GROUP', group.id as long)*.action == ['ADD']

        when:
        api.exchange(HttpRequest.DELETE("/api/v1/admin/synonyms/${group.id}"), admin)

        then:
        Synonyms.get().expand('无模铸造') == ['无模铸造'] as Set
        api.get('/api/v1/admin/synonyms', admin).items == []
        audit.trail('SYNONYM_GROUP', group.id as long)*.action == ['ADD', 'DELETE']
    }

    def "a group extends the shipped group its terms share; joining two groups or a lone term is refused"() {
        when:
        def extended = api.post('/api/v1/admin/synonyms', [terms: ['AOI', '外观智能检测']], admin)

        then:
        extended.group[0] == '缺陷检测'
        extended.group.contains('外观智能检测')
        Synonyms.get().expand('外观智能检测').contains('视觉质检')

        expect:
        def joined = api.problem(HttpRequest.POST('/api/v1/admin/synonyms', [terms: ['AOI', 'APS']]), admin)
        joined.status == 409 && joined.errors*.field == ['terms']
        api.problem(HttpRequest.POST('/api/v1/admin/synonyms', [terms: ['AOI', '视觉质检']]), admin).status == 409
        api.problem(HttpRequest.POST('/api/v1/admin/synonyms', [terms: ['仓储 管理', '库管']]), admin).errors*.field == ['terms[0]']
        api.problem(HttpRequest.POST('/api/v1/admin/synonyms', [terms: ['MES', 'ｍｅｓ']]), admin).errors*.field == ['terms']
        api.problem(HttpRequest.POST('/api/v1/admin/synonyms', [terms: ['MES']]), admin).status == 400
    }

    def "a term another replica stored reaches this one without a restart (announced on Redis)"() {
        given: 'another replica stores a term and announces it; this one polls only hourly in this spec'
        assert !IndustrialSegmenter.get().isTerm('冷轧板形仪')
        terms.save(new DictionaryTerm(null, '冷轧板形仪', '冷轧板形仪', 'admin', Instant.now()))
        versions.bump()

        when:
        redis.sync().publish(VocabularyLoader.CHANNEL, 'changed')

        then:
        new PollingConditions(timeout: 10).eventually {
            assert IndustrialSegmenter.get().tokens('安装冷轧板形仪').contains('冷轧板形仪')
        }

        when: 'the other replica deletes it again'
        terms.deleteById(terms.findByNormalized('冷轧板形仪').get().id())
        versions.bump()
        redis.sync().publish(VocabularyLoader.CHANNEL, 'changed')

        then:
        new PollingConditions(timeout: 10).eventually {
            assert !IndustrialSegmenter.get().isTerm('冷轧板形仪')
        }
    }

    private long count(String sql) {
        java.sql.DriverManager.getConnection(databaseUrl, databaseUser, System.getenv('SCENEHUB_TEST_DB_PASSWORD') ?: '').withCloseable { c ->
            def rows = c.createStatement().executeQuery(sql)
            rows.next()
            rows.getLong(1)
        }
    }

    private void reindex() {
        def response = api.exchange(HttpRequest.POST('/api/v1/admin/search/reindex', [:]), admin)
        assert response.status.code == 202
        String location = response.header('Location')
        new PollingConditions(timeout: 60, delay: 0.3).eventually {
            assert api.get(location, admin).status == 'DONE'
        }
    }

    private String indexedTitle(String externalId) {
        def id = search('').items.find { it.externalId == externalId }.id
        indices.refresh(IndexDefinition.SCENARIOS)
        def raw = new URL("${cn.scenehub.opensearchnode.SharedTestNode.url()}/${indices.aliasOf(IndexDefinition.SCENARIOS)}/_doc/${id}").text
        new JsonSlurper().parseText(raw)._source.titleSegmented
    }

    private String enterpriseToken() {
        new Marketplace(api).organizationWithUser('MANUFACTURER', '370212').token
    }

    private List<String> suggest(String q) {
        client.toBlocking().retrieve(HttpRequest.GET(UriBuilder.of('/api/v1/catalogue/suggest').queryParam('q', q).build()), Map).items*.text
    }

    private Map search(String q) {
        def uri = UriBuilder.of('/api/v1/catalogue/scenarios').queryParam('size', 50)
        if (q) {
            uri.queryParam('q', q)
        }
        client.toBlocking().retrieve(HttpRequest.GET(uri.build()), Map)
    }
}
