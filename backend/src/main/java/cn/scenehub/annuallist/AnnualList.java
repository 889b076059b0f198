package cn.scenehub.annuallist;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/**
 * An annual scenario list (年度场景清单). Its entries live in {@link AnnualListEntry}; any change
 * to them also bumps this record's {@code version}, so a publication is made on exactly the
 * entries the admin saw.
 */
@MappedEntity("annual_list")
public record AnnualList(
        @Id @GeneratedValue @Nullable Long id,
        int year,
        @Nullable String batch,
        String title,
        String slug,
        AnnualListStatus status,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    AnnualList touched() {
        return new AnnualList(id, year, batch, title, slug, status, version, createdAt, Instant.now(), publishedAt);
    }

    AnnualList published() {
        Instant now = Instant.now();
        return new AnnualList(id, year, batch, title, slug, AnnualListStatus.PUBLISHED, version, createdAt, now, now);
    }
}
