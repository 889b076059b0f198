package cn.scenehub.catalogue;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("search_outbox")
record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        String entityType,
        Long entityId,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String claimedBy,
        @Nullable Instant claimedUntil,
        Instant createdAt) {
}
