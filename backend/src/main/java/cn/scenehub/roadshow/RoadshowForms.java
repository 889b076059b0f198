package cn.scenehub.roadshow;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

final class RoadshowForms {

    private RoadshowForms() {
    }

    /** An event: a place or an online link (or both), and the scenarios presented. */
    @Serdeable
    record Create(@NotNull Roadshow.Kind kind, @NotBlank @Size(max = 120) String title, @NotNull Instant startsAt,
                  @Nullable @Size(max = 200) String place, @Nullable @Size(max = 300) String onlineLink,
                  @NotEmpty @Size(max = 50) List<@NotNull Long> scenarioIds) {
    }

    @Serdeable
    record Interest(@NotNull Long scenarioId, @Nullable @Size(max = 1000) String note) {
    }

    @Serdeable
    record Shortlist(@NotNull Boolean shortlisted) {
    }

    /** Calling an event off before it is held; the registered providers are told the reason. */
    @Serdeable
    record Cancel(@NotBlank @Size(max = 500) String reason) {
    }

    /** After the event: an intention per interest; {@code followUp} puts the pair on the board. */
    @Serdeable
    record Outcomes(@Nullable @Size(max = 2000) String note, @NotNull List<@Valid @NotNull Outcome> outcomes) {
    }

    @Serdeable
    record Outcome(@NotNull Long interestId, @Nullable @Size(max = 1000) String intention, boolean followUp) {
    }
}
