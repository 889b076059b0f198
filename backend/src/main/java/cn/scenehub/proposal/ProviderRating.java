package cn.scenehub.proposal;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The enterprise's rating (1–5) of a provider at acceptance; the matching engine reads the table. */
@MappedEntity("provider_rating")
public record ProviderRating(
        @Id @GeneratedValue @Nullable Long id,
        long providerId,
        long scenarioId,
        long proposalId,
        int rating,
        @Nullable String comment,
        long ratedBy,
        Instant createdAt) {
}
