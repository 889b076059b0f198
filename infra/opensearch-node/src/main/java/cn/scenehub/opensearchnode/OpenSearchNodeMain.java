package cn.scenehub.opensearchnode;

import java.nio.file.Files;
import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

/**
 * Entry point of the child JVM: a real single-node OpenSearch bound to 127.0.0.1.
 *
 * <p>Arguments: {@code <dataDir> <httpPort> <transportPort>}. Prints {@link OpenSearchNodeProcess#READY}
 * once the cluster is at least yellow, and exits when its standard input closes, so the node never
 * outlives the process that started it, even when that one is killed.
 */
public final class OpenSearchNodeMain {

    private OpenSearchNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        String httpPort = args[1];
        String transportPort = args[2];
        Files.createDirectories(dataDir);

        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((index, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", httpPort);
            settings.put("transport.port", transportPort);
            settings.put("discovery.type", "single-node");
            settings.put("action.auto_create_index", "false");
            // A developer laptop often has little free disk; don't turn indices read-only for that.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        }).build(newConfigs()
                .basePath(dataDir.toString())
                .clusterName("scenehub-embedded")
                .numOfNode(1)
                .printOnFailure());
        runner.ensureYellow();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                System.err.println("OpenSearch did not close cleanly: " + e);
            }
        }));
        System.out.println(OpenSearchNodeProcess.READY + " http://127.0.0.1:" + httpPort);
        System.out.flush();

        // Parent gone (stdin closed) → stop.
        while (System.in.read() != -1) {
            // keep draining
        }
        System.exit(0);
    }
}
