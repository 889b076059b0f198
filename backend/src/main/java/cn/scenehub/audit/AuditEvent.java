package cn.scenehub.audit;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** One state change: who moved what from which status to which, when, and why. */
@Serdeable
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        String entityType,
        Long entityId,
        String action,
        @Nullable String fromStatus,
        @Nullable String toStatus,
        @Nullable String reason,
        @Nullable Long actorId,
        String actorName,
        @Nullable String regionCode,
        Instant at) {
}
