package cn.scenehub.account.auth;

import java.time.Duration;
import java.time.Instant;

import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revoked access tokens (by JWT id). Each revocation is written to MySQL and to Redis; requests
 * check Redis, and fall back to MySQL while Redis is unreachable, so a logout always holds.
 */
@Singleton
class TokenRevocations {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRevocations.class);
    private static final String PREFIX = "scenehub:revoked:";

    private final StatefulRedisConnection<String, String> redis;
    private final RevokedAccessTokenRepository table;

    TokenRevocations(StatefulRedisConnection<String, String> redis, RevokedAccessTokenRepository table) {
        this.redis = redis;
        this.table = table;
    }

    void revoke(String jti, Instant expiresAt) {
        table.insertIgnore(jti, expiresAt);
        long ttl = Duration.between(Instant.now(), expiresAt).toMillis();
        if (ttl > 0) {
            try {
                redis.sync().psetex(PREFIX + jti, ttl, "1");
            } catch (RuntimeException e) {
                LOG.warn("revocation kept in MySQL only until Redis is back: {}", e.getMessage());
            }
        }
    }

    boolean isRevoked(String jti) {
        try {
            return redis.sync().exists(PREFIX + jti) > 0;
        } catch (RuntimeException e) {
            return table.existsById(jti);
        }
    }

    /** Copies the unexpired revocations back into Redis, e.g. after Redis lost its data. */
    int refillRedis() {
        int count = 0;
        for (RevokedAccessToken token : table.findByExpiresAtGreaterThan(Instant.now())) {
            long ttl = Duration.between(Instant.now(), token.expiresAt()).toMillis();
            if (ttl > 0) {
                redis.sync().psetex(PREFIX + token.jti(), ttl, "1");
                count++;
            }
        }
        return count;
    }
}
