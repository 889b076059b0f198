package cn.scenehub.audit;

import java.time.Instant;
import java.util.List;

import cn.scenehub.account.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Writes the audit trail. Callers record inside the transaction of the change itself, so a
 * change and its audit event are stored together or not at all.
 */
@Singleton
public class AuditLog {

    /** Actor name for changes made by the system itself (imports, jobs, demo data). */
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    public void record(String entityType, long entityId, String action, @Nullable String from, @Nullable String to,
                       @Nullable String reason, @Nullable CurrentUser actor, @Nullable String regionCode) {
        events.save(new AuditEvent(null, entityType, entityId, action, from, to, reason,
                actor == null ? null : actor.id(), actor == null ? SYSTEM : actor.username(), regionCode, Instant.now()));
    }

    public List<AuditEvent> trail(String entityType, long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }
}
