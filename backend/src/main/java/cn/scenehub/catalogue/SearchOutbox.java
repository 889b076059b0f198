package cn.scenehub.catalogue;

import java.time.Instant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Notes that a scenario or provider changed, for the search index. Callers write inside the
 * transaction of the change itself (MANDATORY propagation makes that a rule, not a hope), so a
 * change is committed together with its note or not at all, and a write never waits for, or fails
 * because of, OpenSearch.
 */
@Singleton
public class SearchOutbox {

    public static final String SCENARIO = "SCENARIO";
    public static final String PROVIDER = "PROVIDER";

    private final OutboxRepository outbox;

    SearchOutbox(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void changed(String entityType, long entityId) {
        Instant now = Instant.now();
        outbox.save(new OutboxEntry(null, entityType, entityId, 0, now, null, null, now));
    }
}
