package cn.scenehub.matching;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** One user's verdict on a recommended (scenario, provider) pair; kept as history, newest counts. */
@Serdeable
@MappedEntity("match_feedback")
public record MatchFeedback(
        @Id @GeneratedValue @Nullable Long id,
        long scenarioId,
        long providerId,
        MatchVerdict verdict,
        @Nullable String reason,
        long userId,
        String username,
        Instant createdAt) {
}
