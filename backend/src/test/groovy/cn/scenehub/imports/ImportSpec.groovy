package cn.scenehub.imports

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import cn.scenehub.support.SharedData
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions

@MicronautTest(transactional = false)
class ImportSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Shared Api api
    @Shared String admin

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            admin = api.admin()
        }
    }

    def "the development set imports whole, and importing it again changes nothing"() {
        given:
        def scenarios = SharedData.matchingDev('scenarios.json').text
        def providers = SharedData.matchingDev('providers.json').text

        when:
        def first = importJson('scenarios', scenarios)
        def firstProviders = importJson('providers', providers)

        then:
        first.created == 30
        first.rejected == []
        first.ids.size() == 30
        firstProviders.created == 60
        firstProviders.rejected == []

        when:
        def again = importJson('scenarios', scenarios)
        def againProviders = importJson('providers', providers)

        then:
        again.created == 0
        again.updated == 0
        again.ids == first.ids
        againProviders.created == 0
        againProviders.updated == 0

        and: 'imported scenarios are published and providers listed, so the public sees them'
        def id = first.ids['QD-2025-0001']
        client.toBlocking().retrieve(HttpRequest.GET("/api/v1/scenarios/${id}"), Map).title == '铝型材熔铸车间人员不安全行为智能识别'
        client.toBlocking().retrieve(HttpRequest.GET("/api/v1/providers/${firstProviders.ids['FWS-2025-001']}"), Map).poolStatus == 'LISTED'
    }

    def "a changed record is updated in place"() {
        given:
        def record = scenario('IMP-UPD-' + Marketplace.unique('x'))
        def created = importJson('scenarios', JsonOutput.toJson([record]))

        when:
        def updated = importJson('scenarios', JsonOutput.toJson([record + [title: '改过的标题']]))

        then:
        updated.created == 0
        updated.updated == 1
        updated.ids == created.ids
        api.get("/api/v1/scenarios/${created.ids.values()[0]}", admin).title == '改过的标题'
    }

    def "NDJSON keeps every good line and names every bad one by index and field"() {
        given:
        def good = scenario('IMP-ND-' + Marketplace.unique('a'))
        def missingTitle = scenario('IMP-ND-' + Marketplace.unique('b')).findAll { it.key != 'title' }
        def unknownCodes = scenario('IMP-ND-' + Marketplace.unique('c')) + [category: 'NOPE', region: '火星区']
        def badCredit = scenario('IMP-ND-' + Marketplace.unique('d'))
        badCredit.enterprise = badCredit.enterprise + [creditCode: '91370211MA3C0000X0']
        def byName = scenario('IMP-ND-' + Marketplace.unique('e')) + [region: '黄岛区', industryCode: '橡胶和塑料制品业', category: '质量管控']
        def lines = [good, missingTitle, unknownCodes, '{"externalId": "broken', badCredit, byName]
                .collect { it instanceof String ? it : JsonOutput.toJson(it) }.join('\n')

        when:
        def result = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/scenarios', lines)
                .contentType('application/x-ndjson').bearerAuth(admin), Map)

        then:
        result.created == 2
        result.ids.keySet() == [good.externalId, byName.externalId] as Set
        result.rejected*.index == [1, 2, 3, 4]
        result.rejected[0].externalId == missingTitle.externalId
        result.rejected[0].errors*.field == ['title']
        result.rejected[1].errors*.field.toSet() == ['category', 'region'] as Set
        result.rejected[2].errors[0].field == '$'
        result.rejected[3].errors*.field == ['enterprise.creditCode']
        api.get("/api/v1/scenarios/${result.ids[byName.externalId]}", admin).region == '370211'
    }

    def "?status= sets the status of new records"() {
        given:
        def record = scenario('IMP-ST-' + Marketplace.unique('s'))

        when:
        def result = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/admin/imports/scenarios?status=DRAFT',
                JsonOutput.toJson([record])).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin), Map)

        then:
        api.get("/api/v1/scenarios/${result.ids[record.externalId]}", admin).status == 'DRAFT'
        api.problem(HttpRequest.POST('/api/v1/admin/imports/scenarios?status=FLYING', '[]')
                .contentType(MediaType.APPLICATION_JSON_TYPE), admin).errors*.field == ['status']
    }

    def "a background job reports progress and the same result"() {
        given:
        def records = (1..25).collect { scenario('IMP-JOB-' + Marketplace.unique("$it")) }

        when:
        def response = client.toBlocking().exchange(HttpRequest.POST('/api/v1/admin/imports/scenarios?async=true',
                JsonOutput.toJson(records)).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin), Map)
        def job = response.body()

        then:
        response.status.code == 202
        response.header('Location') == "/api/v1/admin/imports/jobs/${job.id}"
        new PollingConditions(timeout: 60).eventually {
            def status = api.get("/api/v1/admin/imports/jobs/${job.id}", admin)
            assert status.status == 'DONE'
            assert status.created == 25
            assert status.result.ids.size() == 25
        }
    }

    def "only admins import"() {
        given:
        def enterprise = new Marketplace(api).organizationWithUser('MANUFACTURER', '370211')

        expect:
        api.problem(HttpRequest.POST('/api/v1/admin/imports/scenarios', '[]').contentType(MediaType.APPLICATION_JSON_TYPE), enterprise.token).status == 403
        api.problem(HttpRequest.POST('/api/v1/admin/imports/scenarios', '[]').contentType(MediaType.APPLICATION_JSON_TYPE)).status == 401
    }

    def "an admin export of scenarios and providers re-imports to the same data; the public pool export has no private fields"() {
        given:
        importJson('scenarios', SharedData.matchingDev('scenarios.json').text)
        importJson('providers', SharedData.matchingDev('providers.json').text)

        when:
        def scenarios = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/admin/exports/scenarios?year=2025').bearerAuth(admin), String)
        def providers = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/admin/exports/providers').bearerAuth(admin), String)
        def publicPool = client.toBlocking().retrieve(HttpRequest.GET('/api/v1/providers/export'), String)

        then:
        (new JsonSlurper().parseText(scenarios) as List).any { it.contact?.phone && it.enterprise.creditCode }
        def again = importJson('scenarios', scenarios)
        again.created == 0
        again.updated == 0
        again.rejected == []
        def againProviders = importJson('providers', providers)
        againProviders.created == 0
        againProviders.updated == 0
        againProviders.rejected == []
        (new JsonSlurper().parseText(publicPool) as List).size() >= 60
        !publicPool.contains('creditCode')
        api.problem(HttpRequest.GET('/api/v1/admin/exports/providers?format=pdf'), admin).errors*.field == ['format']
        api.problem(HttpRequest.GET('/api/v1/admin/exports/providers')).status == 401
    }

    def "an .xlsx export re-imports unchanged, and an .xlsx upload with a bad cell names its row and field"() {
        given:
        importJson('scenarios', SharedData.matchingDev('scenarios.json').text)
        def xlsx = client.toBlocking().exchange(HttpRequest.GET('/api/v1/admin/exports/scenarios?year=2025&format=xlsx')
                .bearerAuth(admin), byte[]).body()

        when:
        def again = upload('scenarios', 'list.xlsx', xlsx)

        then:
        again.created == 0
        again.updated == 0
        again.rejected == []
        again.ids.keySet().containsAll((1..30).collect { String.format('QD-2025-%04d', it) })

        when: 'a workbook missing a required column is refused whole'
        def notASheet = api.problem(HttpRequest.POST('/api/v1/admin/imports/scenarios',
                io.micronaut.http.client.multipart.MultipartBody.builder()
                        .addPart('file', 'list.xlsx', MediaType.of('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'not a workbook'.bytes)
                        .build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin)

        then:
        notASheet.status == 400
        notASheet.errors*.field == ['file']
    }

    private Map upload(String kind, String name, byte[] content) {
        client.toBlocking().retrieve(HttpRequest.POST("/api/v1/admin/imports/${kind}",
                io.micronaut.http.client.multipart.MultipartBody.builder()
                        .addPart('file', name, MediaType.of('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), content)
                        .build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(admin), Map)
    }

    private Map importJson(String kind, String body) {
        client.toBlocking().retrieve(HttpRequest.POST("/api/v1/admin/imports/${kind}", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin), Map)
    }

    private static Map scenario(String externalId) {
        def template = new JsonSlurper().parse(SharedData.matchingDev('scenarios.json'))[0] as Map
        template + [externalId: externalId, enterprise: template.enterprise + [creditCode: Marketplace.creditCode('370211'),
                                                                               name: '青岛' + externalId + '有限公司']]
    }
}
