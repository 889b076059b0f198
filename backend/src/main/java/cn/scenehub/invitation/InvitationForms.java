package cn.scenehub.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the invitation endpoints. */
final class InvitationForms {

    private InvitationForms() {
    }

    @Serdeable
    record Invite(@NotNull Long providerId, @Nullable @Size(max = 1000) String message) {
    }

    @Serdeable
    record Answer(@NotNull Decision decision, @Nullable @Size(max = 1000) String reason) {
    }

    enum Decision { ACCEPT, DECLINE }

    @Serdeable
    record TermsAcceptance(@NotBlank @Size(max = 32) String termsVersion) {
    }
}
