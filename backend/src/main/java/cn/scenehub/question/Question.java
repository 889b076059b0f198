package cn.scenehub.question;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A provider's question on a published scenario, and its answer (public or private). */
@MappedEntity("scenario_question")
record Question(
        @Id @GeneratedValue @Nullable Long id,
        long scenarioId,
        long providerId,
        long askedBy,
        String question,
        @Nullable String answer,
        @Nullable Visibility visibility,
        @Nullable Long answeredBy,
        Instant askedAt,
        @Nullable Instant answeredAt) {

    enum Visibility { PUBLIC, PRIVATE }

    Question answered(String text, Visibility to, long by, Instant now) {
        return new Question(id, scenarioId, providerId, askedBy, question, text, to, by, askedAt, now);
    }
}
