package cn.scenehub.opensearchnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One OpenSearch node per test JVM, started on first use and stopped (its data deleted) when the
 * JVM exits. {@code SCENEHUB_TEST_OPENSEARCH_URL} points the tests at an existing server instead.
 */
public final class SharedTestNode {

    private static String url;

    private SharedTestNode() {
    }

    public static synchronized String url() {
        if (url == null) {
            String external = System.getenv("SCENEHUB_TEST_OPENSEARCH_URL");
            url = external != null && !external.isBlank() ? external : startNode();
        }
        return url;
    }

    private static String startNode() {
        try {
            Path dir = Files.createTempDirectory("scenehub-test-opensearch");
            OpenSearchNodeProcess node = OpenSearchNodeProcess.start(dir, 0, "512m", Duration.ofMinutes(3));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                node.close();
                deleteRecursively(dir);
            }, "stop-test-opensearch"));
            return node.url();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort: it is a temp directory
        }
    }
}
