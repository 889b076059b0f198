package cn.scenehub.invitation;

import java.time.Instant;
import java.time.LocalDate;

import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An invitation with what each side needs: the provider's name for the inviter, the scenario's
 * public summary for the provider, and whether the confidentiality terms were accepted.
 */
@Serdeable
public record InvitationView(long id, Scenario scenario, Provider provider, InvitationStatus status,
                             @Nullable String message, @Nullable String declineReason, Instant createdAt,
                             @Nullable Instant respondedAt, @Nullable Instant termsAcceptedAt) {

    @Serdeable
    public record Scenario(long id, String title, ScenarioStatus status, @Nullable LocalDate deadline) {
    }

    @Serdeable
    public record Provider(long id, String name) {
    }
}
