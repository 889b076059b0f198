package cn.scenehub.invitation

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import cn.scenehub.support.Marketplace
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

@MicronautTest(transactional = false)
class InvitationSpec extends IntegrationSpec {

    @Inject @Client('/') HttpClient client

    @Shared Api api
    @Shared Marketplace market
    @Shared Map enterprise
    @Shared String laoshan
    @Shared String huangdao

    def setup() {
        if (api == null) {
            api = new Api(client.toBlocking())
            market = new Marketplace(api)
            enterprise = market.organizationWithUser('MANUFACTURER', '370212')
            laoshan = market.commissioner(['370212'])
            huangdao = market.commissioner(['370211'])
        }
    }

    def "a commissioner invites; the provider accepts the terms and reads the confidential details, others cannot"() {
        given:
        def s = market.publishedScenario(enterprise)
        def invited = market.listedProvider('370211')
        def outsider = market.listedProvider('370211')

        when:
        def invitation = api.post("/api/v1/scenarios/${s.id}/invitations", [providerId: invited.org.id, message: '欢迎揭榜'], laoshan)

        then:
        invitation.status == 'INVITED'
        api.getList('/api/v1/invitations', invited.token)*.id == [invitation.id]
        api.get('/api/v1/notifications', invited.token).items*.type.contains('INVITED')

        and: 'the public view never carries the confidential notes'
        !api.get("/api/v1/scenarios/${s.id}", invited.token).containsKey('confidentialNotes')

        and: 'invited but not bound by the terms: 403; not invited: 404'
        api.problem(HttpRequest.GET("/api/v1/scenarios/${s.id}/confidential"), invited.token).status == 403
        api.problem(HttpRequest.GET("/api/v1/scenarios/${s.id}/confidential"), outsider.token).status == 404
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/confidentiality", [termsVersion: '2026-1']), outsider.token).status == 404

        when:
        def terms = api.get('/api/v1/confidentiality-terms', invited.token)
        def stale = api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/confidentiality", [termsVersion: '2019-1']), invited.token)
        def accepted = api.post("/api/v1/scenarios/${s.id}/confidentiality", [termsVersion: terms.version], invited.token)

        then:
        stale.errors*.field == ['termsVersion']
        accepted.providerId == invited.org.id
        accepted.termsVersion == terms.version
        accepted.acceptedAt
        api.get("/api/v1/scenarios/${s.id}/confidential", invited.token).confidentialNotes == '仅供受邀服务商：现有MES为自研系统'
        api.get("/api/v1/scenarios/${s.id}/confidential", enterprise.token).confidentialNotes
        api.getList("/api/v1/scenarios/${s.id}/confidentiality", laoshan)*.userId.size() == 1
        api.problem(HttpRequest.GET("/api/v1/scenarios/${s.id}/confidential"), outsider.token).status == 404
        api.problem(HttpRequest.GET("/api/v1/scenarios/${s.id}/confidential"), huangdao).status == 404
    }

    def "the provider declines with a reason; a declined invitation opens nothing"() {
        given:
        def s = market.publishedScenario(enterprise)
        def provider = market.listedProvider('370211')
        def invitation = api.post("/api/v1/scenarios/${s.id}/invitations", [providerId: provider.org.id], enterprise.token)

        expect:
        api.problem(HttpRequest.POST("/api/v1/invitations/${invitation.id}/answer", [decision: 'DECLINE']), provider.token).errors*.field == ['reason']
        api.problem(HttpRequest.POST("/api/v1/invitations/${invitation.id}/answer", [decision: 'ACCEPT']), market.listedProvider('370211').token).status == 404

        when:
        def declined = api.post("/api/v1/invitations/${invitation.id}/answer", [decision: 'DECLINE', reason: '档期已满'], provider.token)

        then:
        declined.status == 'DECLINED'
        declined.declineReason == '档期已满'
        api.getList("/api/v1/scenarios/${s.id}/invitations", enterprise.token)[0].status == 'DECLINED'
        api.get('/api/v1/notifications', enterprise.token).items*.type.contains('INVITATION_ANSWERED')
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/confidentiality", [termsVersion: '2026-1']), provider.token).status == 404
        api.problem(HttpRequest.POST("/api/v1/invitations/${invitation.id}/answer", [decision: 'ACCEPT']), provider.token).status == 409
    }

    def "who may invite: owner and district commissioner yes; another district, providers no; only listed providers, once"() {
        given:
        def s = market.publishedScenario(enterprise)
        def provider = market.listedProvider('370211')
        def unlisted = market.organizationWithUser('PROVIDER', '370211')

        expect:
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/invitations", [providerId: provider.org.id]), huangdao).status == 404
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/invitations", [providerId: provider.org.id]), provider.token).status == 404
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/invitations", [providerId: unlisted.org.id]), enterprise.token).errors*.field == ['providerId']
        api.post("/api/v1/scenarios/${s.id}/invitations", [providerId: provider.org.id], enterprise.token).status == 'INVITED'
        api.problem(HttpRequest.POST("/api/v1/scenarios/${s.id}/invitations", [providerId: provider.org.id]), laoshan).status == 409
    }
}
