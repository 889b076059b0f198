package cn.scenehub.account

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class AddressThrottleSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, String> extraProperties() {
        ['scenehub.security.login.max-failures-per-address': '3']
    }

    def "one address guessing many accounts is stopped; other addresses are not"() {
        given:
        def api = new Api(client.toBlocking())
        def attacker = "2001:db8::${Integer.toHexString(new Random().nextInt(0xffff))}:${Integer.toHexString(new Random().nextInt(0xffff))}"
        def login = { String user, String password, String from ->
            HttpRequest.POST('/api/v1/auth/login', [username: user, password: password]).header('X-Forwarded-For', from)
        }

        when:
        3.times { assert api.problem(login("guess-$it", 'x', attacker)).status == 401 }

        then:
        api.problem(login('admin', Api.ADMIN_PASSWORD, attacker)).status == 429
        client.toBlocking().retrieve(login('admin', Api.ADMIN_PASSWORD, '203.0.113.7'), Map).accessToken
    }
}
