package cn.scenehub.account

import cn.scenehub.support.Api
import cn.scenehub.support.IntegrationSpec
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest(transactional = false)
class AuthSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    Api api

    def setup() {
        api = new Api(client.toBlocking())
    }

    def "the first start created admin with SCENEHUB_ADMIN_PASSWORD; login answers tokens and roles"() {
        when:
        def body = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/auth/login',
                [username: 'admin', password: Api.ADMIN_PASSWORD]), Map)

        then:
        body.accessToken.split('\\.').size() == 3
        body.refreshToken
        body.expiresIn == 3600
        body.roles == ['ADMIN']
        api.get('/api/v1/auth/me', body.accessToken).username == 'admin'
    }

    def "a wrong password is a 401 problem and reveals nothing about the account"() {
        expect:
        api.problem(HttpRequest.POST('/api/v1/auth/login', [username: user, password: 'nope'])).status == 401

        where:
        user << ['admin', 'no-such-user-' + UUID.randomUUID().toString().take(8)]
    }

    def "missing credentials are a 400 naming the field"() {
        expect:
        api.problem(HttpRequest.POST('/api/v1/auth/login', [username: 'admin'])).errors*.field == ['password']
    }

    def "the API refuses requests without a valid token, and unsigned or re-signed tokens"() {
        given:
        def token = api.admin()
        def (header, payload, signature) = token.split('\\.')
        def unsigned = Base64.urlEncoder.withoutPadding().encodeToString('{"alg":"none"}'.bytes) + '.' + payload + '.'
        def forged = header + '.' + payload + '.' + signature.reverse()

        expect:
        api.problem(HttpRequest.GET('/api/v1/auth/me')).status == 401
        api.problem(HttpRequest.GET('/api/v1/users'), 'not.a.token').status == 401
        api.problem(HttpRequest.GET('/api/v1/users'), unsigned).status == 401
        api.problem(HttpRequest.GET('/api/v1/users'), forged).status == 401
        api.getList('/api/v1/users', token)*.username.contains('admin')
    }

    def "a refresh token works once; presenting it again ends the session"() {
        given:
        def first = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/auth/login',
                [username: 'admin', password: Api.ADMIN_PASSWORD]), Map)

        when:
        def second = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/auth/refresh', [refreshToken: first.refreshToken]), Map)

        then:
        second.accessToken != first.accessToken
        api.get('/api/v1/auth/me', second.accessToken).role == 'ADMIN'

        and: 'the used token is refused, and so is the one issued after it'
        api.problem(HttpRequest.POST('/api/v1/auth/refresh', [refreshToken: first.refreshToken])).status == 401
        api.problem(HttpRequest.POST('/api/v1/auth/refresh', [refreshToken: second.refreshToken])).status == 401
    }

    def "logout revokes the access token and its refresh token"() {
        given:
        def tokens = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/auth/login',
                [username: 'admin', password: Api.ADMIN_PASSWORD]), Map)

        when:
        client.toBlocking().exchange(HttpRequest.POST('/api/v1/auth/logout', [refreshToken: tokens.refreshToken])
                .bearerAuth(tokens.accessToken))

        then:
        api.problem(HttpRequest.GET('/api/v1/auth/me'), tokens.accessToken).status == 401
        api.problem(HttpRequest.POST('/api/v1/auth/refresh', [refreshToken: tokens.refreshToken])).status == 401
    }

    def "after five failed logins an account is locked for a while, even with the right password"() {
        given:
        def username = 'locked-' + UUID.randomUUID().toString().take(8)
        api.post('/api/v1/users', [username: username, password: 'right-password', displayName: '锁定测试',
                                   role: 'COMMISSIONER', districts: ['370212']], api.admin())

        when:
        5.times { assert api.problem(HttpRequest.POST('/api/v1/auth/login', [username: username, password: 'wrong'])).status == 401 }
        def locked = api.problem(HttpRequest.POST('/api/v1/auth/login', [username: username, password: 'right-password']))

        then:
        locked.status == 429
        locked.headers['Retry-After'][0].toInteger() > 0
        locked.detail.contains('too many')
    }
}
