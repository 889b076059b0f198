package cn.scenehub.question

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class QuestionSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client

    def "public answers reach every provider without the asker's name; private ones only the asker"() {
        given:
        def api = new Api(client.toBlocking())
        def market = new Marketplace(api)
        def enterprise = market.organizationWithUser('MANUFACTURER', '370212')
        def commissioner = market.commissioner(['370212'])
        def asker = market.listedProvider('370211')
        def other = market.listedProvider('370211')
        def s = market.publishedScenario(enterprise)

        when:
        def open = api.post("/api/v1/scenarios/${s.id}/questions", [question: '现有PLC品牌有哪些？'], asker.token)
        def secret = api.post("/api/v1/scenarios/${s.id}/questions", [question: '能否提供现场照片？'], asker.token)
        api.post("/api/v1/questions/${open.id}/answer", [answer: '西门子S7-1200为主', visibility: 'PUBLIC'], enterprise.token)
        api.post("/api/v1/questions/${secret.id}/answer", [answer: '可以，已发邮件', visibility: 'PRIVATE'], commissioner)

        then: 'the other provider reads the public answer, anonymously, and not the private one'
        def seen = api.getList("/api/v1/scenarios/${s.id}/questions", other.token)
        seen*.id == [open.id]
        seen[0].answer == '西门子S7-1200为主'
        !seen[0].containsKey('providerId')
        !seen[0].mine

        and: 'the asker reads both, the owner sees who asked'
        api.getList("/api/v1/scenarios/${s.id}/questions", asker.token)*.id == [open.id, secret.id]
        api.getList("/api/v1/scenarios/${s.id}/questions", enterprise.token)*.providerId == [asker.org.id, asker.org.id]
        api.get('/api/v1/notifications', asker.token).items*.type.count('QUESTION_ANSWERED') == 2

        and: 'providers cannot answer, enterprises cannot ask, and a blank question is named'
        api.problem(HttpRequest.POST("/api/v1/questions/${open.id}/answer", [answer: 'x', visibility: 'PUBLIC']), other.token).status == 404
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/questions", [question: '?']), enterprise.token).status == 403
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/questions", [question: ' ']), asker.token).errors*.field == ['question']
        api.problem(HttpRequest.POST("/api/v1/questions/${open.id}/answer", [answer: 'x']), enterprise.token).errors*.field == ['visibility']
    }
}
