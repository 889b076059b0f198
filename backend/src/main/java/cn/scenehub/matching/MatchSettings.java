package cn.scenehub.matching;

import java.time.Instant;
import java.util.Optional;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.matching.engine.MatchWeights;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The weights in force: the administrators' override stored in MySQL (one versioned row, so every
 * instance sees the same), else the configured ones.
 */
@Singleton
public class MatchSettings {

    static final String AUDIT_TYPE = "MATCH_WEIGHTS";

    /** The weights and the version of the override they come from (0: configuration). */
    @io.micronaut.serde.annotation.Serdeable
    public record Current(MatchWeights weights, long version) {
    }

    private final MatchingConfiguration configuration;
    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;

    MatchSettings(MatchingConfiguration configuration, JdbcOperations jdbc, ObjectMapper json, AuditLog audit) {
        this.configuration = configuration;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Current current() {
        return stored().orElseGet(() -> new Current(configuration.weights(), 0));
    }

    @Transactional
    public Current update(MatchWeights weights, CurrentUser admin) {
        long version = current().version() + 1;
        String value;
        try {
            value = json.writeValueAsString(weights);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        jdbc.prepareStatement("""
                INSERT INTO match_weights (id, weights, version, updated_by, updated_at) VALUES (1, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE weights = VALUES(weights), version = VALUES(version),
                    updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""", statement -> {
            statement.setString(1, value);
            statement.setLong(2, version);
            statement.setString(3, admin.username());
            statement.setTimestamp(4, java.sql.Timestamp.from(Instant.now()));
            return statement.executeUpdate();
        });
        audit.record(AUDIT_TYPE, 1, "UPDATE", null, String.valueOf(version), value, admin, null);
        return new Current(weights, version);
    }

    @Transactional
    public Current reset(CurrentUser admin) {
        jdbc.prepareStatement("DELETE FROM match_weights WHERE id = 1", java.sql.PreparedStatement::executeUpdate);
        audit.record(AUDIT_TYPE, 1, "RESET", null, "0", null, admin, null);
        return new Current(configuration.weights(), 0);
    }

    private Optional<Current> stored() {
        return jdbc.prepareStatement("SELECT weights, version FROM match_weights WHERE id = 1", statement -> {
            try (var rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Current(json.readValue(rs.getString(1), MatchWeights.class), rs.getLong(2)));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("match_weights holds unreadable weights", e);
                }
            }
        });
    }
}
