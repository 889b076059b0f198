package cn.scenehub.question;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A question as shown to its reader. {@code providerId} is given only to the scenario's owner,
 * commissioners and admins, and to the asker itself; other providers see public answers anonymously.
 */
@Serdeable
public record QuestionView(long id, long scenarioId, @Nullable Long providerId, boolean mine, String question,
                           @Nullable String answer, @Nullable String visibility, Instant askedAt,
                           @Nullable Instant answeredAt) {
}
