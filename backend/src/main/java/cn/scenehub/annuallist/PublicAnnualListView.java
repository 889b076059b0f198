package cn.scenehub.annuallist;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The header of a published list, at its permanent address. */
@Serdeable
public record PublicAnnualListView(long id, String slug, int year, @Nullable String batch, String title, long count,
                                   Instant publishedAt) {

    /** The published lists for browsing: by year, newest year first. */
    @Serdeable
    public record Years(List<Year> years) {
    }

    @Serdeable
    public record Year(int year, List<Item> lists) {
    }

    @Serdeable
    public record Item(long id, String slug, @Nullable String batch, String title, long count, Instant publishedAt) {
    }

    static PublicAnnualListView of(AnnualList l, long count) {
        return new PublicAnnualListView(l.id(), l.slug(), l.year(), l.batch(), l.title(), count, l.publishedAt());
    }

    Item item() {
        return new Item(id, slug, batch, title, count, publishedAt);
    }
}
