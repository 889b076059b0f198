package cn.scenehub.account;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("user_account")
public record UserAccount(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        @Nullable Long organizationId,
        boolean enabled,
        Instant createdAt) {
}
