package cn.scenehub.demo

import cn.scenehub.common.settings.AppSettingRepository
import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions

/** The first start of a demo installation loads the whole demo set through the importer. */
@MicronautTest(transactional = false)
class DemoLoaderSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client
    @Inject
    AppSettingRepository settings

    @Override
    Map<String, String> extraProperties() {
        ['scenehub.demo.mode': 'true']
    }

    def "every demo record is accepted, and there is an account per role"() {
        given:
        def api = new Api(client.toBlocking())

        expect: 'the load finishes'
        new PollingConditions(timeout: 300, delay: 2).eventually {
            assert settings.findValue(DemoLoader.LOADED).isPresent()
        }

        when:
        def admin = api.login('demo-admin', 'scenehub-demo')
        def commissioner = api.login('demo-commissioner', 'scenehub-demo')

        then: 'all 1000 scenarios and the whole pool arrived'
        api.get('/api/v1/scenarios?size=1', admin).total == DemoCatalogue.SCENARIOS_PER_YEAR
        api.get('/api/v1/providers?size=1', null).total == DemoCatalogue.PROVIDERS
        api.get('/api/v1/scenarios?status=SUBMITTED&size=1', commissioner).total > 0
        api.get('/api/v1/auth/me', api.login('demo-enterprise', 'scenehub-demo')).role == 'ENTERPRISE'
        api.get('/api/v1/auth/me', api.login('demo-provider', 'scenehub-demo')).role == 'PROVIDER'
    }
}
