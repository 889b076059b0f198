package cn.scenehub.annuallist;

import java.time.Instant;
import java.util.List;

import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A list as admins see it, drafts included. Entries show each scenario's title and status as
 * they are now; what the public sees of a published list is its snapshot.
 */
@Serdeable
public record AnnualListView(
        long id, String slug, int year, @Nullable String batch, String title, AnnualListStatus status, long version,
        Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt, List<Entry> entries) {

    @Serdeable
    public record Entry(int number, long scenarioId, @Nullable String title, @Nullable ScenarioStatus status) {
    }

    /** A draft in the admins' list of drafts, without its entries. */
    @Serdeable
    public record Draft(long id, String slug, int year, @Nullable String batch, String title, long version,
                        Instant updatedAt, long count) {
    }

    static AnnualListView of(AnnualList l, List<Entry> entries) {
        return new AnnualListView(l.id(), l.slug(), l.year(), l.batch(), l.title(), l.status(),
                l.version() == null ? 0 : l.version(), l.createdAt(), l.updatedAt(), l.publishedAt(), entries);
    }
}
