package cn.scenehub.opensearchnode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops a real OpenSearch node in a child JVM.
 *
 * <p>Pure JDK on purpose: OpenSearch's own dependencies (Netty, Jackson, Log4j) would clash with an
 * application's, so they stay on the child's classpath, which this jar carries as a resource.
 */
public final class OpenSearchNodeProcess implements AutoCloseable {

    static final String READY = "SCENEHUB-OPENSEARCH-READY";
    private static final String CLASSPATH_RESOURCE = "node.classpath";

    private final Process process;
    private final String url;

    private OpenSearchNodeProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts a node keeping its data in {@code dataDir} and waits until it answers.
     *
     * @param httpPort the HTTP port, or 0 for a free one
     * @param heap     the child's heap, e.g. {@code 512m}
     */
    public static OpenSearchNodeProcess start(Path dataDir, int httpPort, String heap, Duration timeout) {
        try {
            Files.createDirectories(dataDir);
            int port = httpPort == 0 ? freePort() : httpPort;
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-Xms" + heap);
            command.add("-Xmx" + heap);
            command.add("-Dlog4j2.formatMsgNoLookups=true");
            command.add("-cp");
            command.add(childClasspath());
            command.add(OpenSearchNodeMain.class.getName());
            command.add(dataDir.toAbsolutePath().toString());
            command.add(Integer.toString(port));
            command.add(Integer.toString(freePort()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Path log = dataDir.resolve("node.log");
            String url = awaitReady(process, log, timeout);
            return new OpenSearchNodeProcess(process, url);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded OpenSearch", e);
        }
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return url;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close(); // the child exits when its stdin closes
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String awaitReady(Process process, Path log, Duration timeout) throws IOException {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpOutput(process.getInputStream(), log, ready), "opensearch-node-log");
        pump.setDaemon(true);
        pump.start();
        try {
            return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the embedded OpenSearch did not start within " + timeout
                    + "; see " + log.toAbsolutePath(), e);
        }
    }

    private static void pumpOutput(InputStream output, Path log, CompletableFuture<String> ready) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
             PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            String line;
            while ((line = reader.readLine()) != null) {
                writer.println(line);
                int marker = line.indexOf(READY); // OpenSearch prefixes stdout with its log pattern
                if (marker >= 0) {
                    ready.complete(line.substring(marker + READY.length()).trim());
                }
            }
            ready.completeExceptionally(new IllegalStateException("the OpenSearch node exited"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    private static String childClasspath() throws IOException {
        String ownJar = Path.of(codeSource()).toString();
        try (InputStream in = OpenSearchNodeProcess.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build infra/opensearch-node with Maven");
            }
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return ownJar + java.io.File.pathSeparator + dependencies;
        }
    }

    private static java.net.URI codeSource() {
        try {
            return OpenSearchNodeProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
