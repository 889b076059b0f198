package cn.scenehub.catalogue;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An admin reindex: RUNNING while new indices are built (the relay then writes changes to them
 * too), DONE once the aliases point at them, FAILED with the reason otherwise.
 */
@Serdeable
@MappedEntity("search_reindex_job")
public record ReindexJob(
        @Id @GeneratedValue @Nullable Long id,
        String status,
        @Nullable String scenarioIndex,
        @Nullable String providerIndex,
        @Nullable String suggestIndex,
        int scenarios,
        int providers,
        int terms,
        @Nullable String error,
        String createdBy,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}
