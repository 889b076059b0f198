package cn.scenehub.catalogue

import cn.scenehub.search.index.IndexAdmin
import cn.scenehub.search.index.IndexDefinition
import cn.scenehub.opensearchnode.SharedTestNode
import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.SharedData
import groovy.json.JsonSlurper
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.uri.UriBuilder
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions

import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.atomic.AtomicBoolean

/**
 * On the shared development set (30 scenarios, imported as exchange files): a need described in
 * other words than its record's still finds that record first; contact data never reaches any
 * index; an admin reindex builds new indices while searches go on.
 */
@MicronautTest(transactional = false)
class CatalogueRelevanceSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client
    @Inject IndexAdmin indices
    @Inject OutboxRepository outbox

    @Shared Api api
    @Shared List<Map> records

    @Override
    Map<String, String> extraProperties() {
        ['scenehub.search.reindex-grace': '2s']
    }

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            records = new JsonSlurper().parse(SharedData.matchingDev('scenarios.json')) as List<Map>
            client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/scenarios', SharedData.matchingDev('scenarios.json').text)
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(api.admin()), Map)
            client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/providers', SharedData.matchingDev('providers.json').text)
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(api.admin()), Map)
            new PollingConditions(timeout: 60).eventually {
                assert outbox.count() == 0
                assert search([:]).total == 30
            }
        }
    }

    def "a need put in other words than its record finds that record first: #query"() {
        expect:
        search(q: query).items[0]?.externalId == expected

        where:
        query                     || expected
        '工人没戴安全帽自动报警'          || 'QD-2025-0001'
        '物料编码一物多码 主数据清洗'      || 'QD-2025-0005'
        '轮胎X射线检测 缺陷自动判定'       || 'QD-2025-0014'
        '轧机设备故障预警'              || 'QD-2025-0022'
        '高级计划排程'                 || 'QD-2025-0024'
        '自动化仓库 堆垛机 库存管理'      || 'QD-2025-0015'
        '注塑机能耗监测'               || 'QD-2025-0008'
        '电子装配 生产管理系统 条码追溯'   || 'QD-2025-0018'
        '出口电池碳排放核算'             || 'QD-2025-0017'
        '图纸和物料清单版本管理'          || 'QD-2025-0021'
        '船厂工人定位 密闭舱室作业安全'    || 'QD-2025-0004'
        '汽车工厂5G网络'               || 'QD-2025-0023'
        '设备联网 开动率统计'            || 'QD-2025-0016'
        '供应商门户 寄售库存'            || 'QD-2025-0028'
        '纸厂蒸汽节能'                 || 'QD-2025-0027'
        '收割机远程运维'               || 'QD-2025-0030'
        '经营分析 报表 看板'            || 'QD-2025-0013'
        '柔性定制 西装'                || 'QD-2025-0009'
    }

    def "synonyms work both ways: #query finds #expected"() {
        expect:
        search(q: query, size: 5).items*.externalId.contains(expected)

        where:
        query        || expected
        'X射线检测'    || 'QD-2025-0014' // the record says X光检测
        '故障预警'     || 'QD-2025-0022' // the record says 预测性维护
        '预测性维护'   || 'QD-2025-0022'
        'APS'        || 'QD-2025-0024' // the record says 排产
        '仓储管理'     || 'QD-2025-0015' // the record says WMS
        'WMS'        || 'QD-2025-0015'
    }

    def "contact data and credit codes never reach any index"() {
        given:
        ['SCENARIOS', 'PROVIDERS', 'SUGGEST'].each { indices.refresh(IndexDefinition."$it") }
        def everything = ['SCENARIOS', 'PROVIDERS', 'SUGGEST'].collect {
            new URL("${SharedTestNode.url()}/${indices.aliasOf(IndexDefinition."$it")}/_search?size=1000").text
        }.join('\n')
        def secrets = records.findAll { it.contact }.collectMany { [it.contact.phone, it.contact.email, it.contact.name] } +
                records.collect { it.enterprise.creditCode }

        expect:
        secrets.size() > 40
        everything.contains('QD-2025-0002')
        secrets.every { !everything.contains(it) }
        !everything.contains('"contact')
    }

    def "a reindex builds new indices and swaps them in while searches go on uninterrupted"() {
        given:
        String before = indices.currentIndex(IndexDefinition.SCENARIOS).get()
        def failures = new ConcurrentLinkedQueue<String>()
        def totals = new ConcurrentLinkedQueue<Long>()
        def stop = new AtomicBoolean()
        def reader = Thread.start {
            while (!stop.get()) {
                try {
                    totals << (search(q: '设备', size: 5).total as long)
                    totals << (search([:]).total as long)
                } catch (Exception e) {
                    failures << e.toString()
                }
            }
        }
        String admin = api.admin()

        when:
        def started = api.exchange(HttpRequest.POST('/api/v1/admin/search/reindex', [:]), admin)
        def second = api.problem(HttpRequest.POST('/api/v1/admin/search/reindex', [:]), admin)
        def job = awaitDone(started.header('Location'), admin)
        sleep(3000) // past the grace period: the old index is gone
        stop.set(true)
        reader.join()

        then:
        started.status.code == 202
        second.status == 409
        job.scenarios == 30 && job.providers == 60 && job.terms > 1000
        indices.currentIndex(IndexDefinition.SCENARIOS).get() != before
        failures.isEmpty()
        totals.size() > 10
        totals.every { it > 0 }
        search([:]).total == 30
        api.problem(HttpRequest.POST('/api/v1/admin/search/reindex', [:]), null).status == 401
    }

    private Map awaitDone(String location, String admin) {
        new PollingConditions(timeout: 60, delay: 0.2).eventually {
            assert fetch(location, admin).status == 'DONE'
        }
        fetch(location, admin)
    }

    private Map fetch(String location, String admin) {
        api.get(location, admin)
    }

    private Map search(Map params) {
        def uri = UriBuilder.of('/api/v1/catalogue/scenarios')
        params.each { k, v -> uri.queryParam(k as String, v) }
        client.toBlocking().retrieve(HttpRequest.GET(uri.build()), Map)
    }
}
