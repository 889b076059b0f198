package cn.scenehub.invitation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** The record that a provider's user accepted a version of the confidentiality terms for a scenario. */
@Serdeable
@MappedEntity("confidentiality_acceptance")
public record ConfidentialityAcceptance(
        @Id @GeneratedValue @Nullable Long id,
        long scenarioId,
        long providerId,
        long userId,
        String termsVersion,
        Instant acceptedAt) {
}
