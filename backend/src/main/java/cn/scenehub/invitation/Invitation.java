package cn.scenehub.invitation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** An invitation to a provider to propose for a scenario; the provider accepts or declines. */
@Serdeable
@MappedEntity("invitation")
public record Invitation(
        @Id @GeneratedValue @Nullable Long id,
        long scenarioId,
        long providerId,
        InvitationStatus status,
        @Nullable String message,
        @Nullable String declineReason,
        long invitedBy,
        Instant createdAt,
        @Nullable Instant respondedAt) {

    Invitation answered(InvitationStatus to, @Nullable String reason, Instant now) {
        return new Invitation(id, scenarioId, providerId, to, message, reason, invitedBy, createdAt, now);
    }
}
