package cn.scenehub.support

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException

/** A thin helper over the blocking client for specs: log in, call with a token, read problems. */
class Api {

    static final String ADMIN_PASSWORD = 'admin-test-password'

    final BlockingHttpClient http

    Api(BlockingHttpClient http) {
        this.http = http
    }

    String login(String username, String password) {
        http.retrieve(HttpRequest.POST('/api/v1/auth/login', [username: username, password: password]), Map).accessToken
    }

    String admin() {
        login('admin', ADMIN_PASSWORD)
    }

    Map get(String path, String token) {
        http.retrieve(auth(HttpRequest.GET(path), token), Map)
    }

    List getList(String path, String token) {
        http.retrieve(auth(HttpRequest.GET(path), token), Argument.listOf(Map))
    }

    Map post(String path, Object body, String token) {
        http.retrieve(auth(HttpRequest.POST(path, body), token), Map)
    }

    Map put(String path, Object body, String token) {
        http.retrieve(auth(HttpRequest.PUT(path, body), token), Map)
    }

    HttpResponse<Map> exchange(MutableHttpRequest request, String token) {
        http.exchange(auth(request, token), Map)
    }

    /** Performs the call expecting an error; answers its status and problem body. */
    Map problem(MutableHttpRequest request, String token = null) {
        try {
            http.exchange(auth(request, token), Map)
        } catch (HttpClientResponseException e) {
            assert e.response.contentType.map { it.toString() }.orElse('') == 'application/problem+json'
            return [status: e.status.code] + (e.response.getBody(Map).orElse([:]) as Map) +
                    [headers: e.response.headers.asMap()]
        }
        throw new AssertionError("expected an error from ${request.method} ${request.path}")
    }

    /** A commissioner serving the given districts, created by the admin; answers its token. */
    String commissioner(String username, List<String> districts) {
        post('/api/v1/users', [username: username, password: 'commissioner-pw', displayName: '数字专员',
                               role: 'COMMISSIONER', districts: districts], admin())
        login(username, 'commissioner-pw')
    }

    private static MutableHttpRequest auth(MutableHttpRequest request, String token) {
        token ? request.bearerAuth(token) : request
    }
}
