package cn.scenehub.account.auth;

import java.time.Instant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A refresh token, stored as its SHA-256 so a database dump cannot be replayed. */
@MappedEntity("refresh_token")
record RefreshToken(@Id String tokenHash, Long userId, Instant expiresAt, boolean revoked, Instant createdAt) {
}
