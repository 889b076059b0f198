package cn.scenehub.account.auth;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RevokedAccessTokenRepository extends CrudRepository<RevokedAccessToken, String> {

    /** Idempotent: logging out twice with the same token is fine. */
    @Query("INSERT IGNORE INTO revoked_access_token (jti, expires_at) VALUES (:jti, :expiresAt)")
    void insertIgnore(String jti, Instant expiresAt);

    List<RevokedAccessToken> findByExpiresAtGreaterThan(Instant now);

    void deleteByExpiresAtLessThan(Instant now);
}
