package cn.scenehub.account.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, String> {

    /** Marks the token used; 1 if it was live, 0 if already revoked (a replay). */
    @Query("UPDATE refresh_token SET revoked = TRUE WHERE token_hash = :tokenHash AND revoked = FALSE")
    int revoke(String tokenHash);

    @Query("UPDATE refresh_token SET revoked = TRUE WHERE user_id = :userId")
    void revokeAllOf(Long userId);
}
