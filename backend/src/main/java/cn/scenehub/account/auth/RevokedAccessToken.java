package cn.scenehub.account.auth;

import java.time.Instant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("revoked_access_token")
record RevokedAccessToken(@Id String jti, Instant expiresAt) {
}
