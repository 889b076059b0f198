package cn.scenehub.board;

import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

final class BoardForms {

    private BoardForms() {
    }

    /** A recommended pair; {@code source} says where it came from (MATCHING, BATCH_PLAN, EVENT, MANUAL…). */
    @Serdeable
    record Recommend(@NotNull Long scenarioId, @NotNull Long providerId, @Nullable @Size(max = 32) String source) {
    }

    /** A manual move to a stage and/or out of (or back into) play, on the version seen. */
    @Serdeable
    record Move(@Nullable BoardStage stage, @Nullable Boolean dropped, @Nullable @Size(max = 1000) String reason,
                @NotNull Long version) {
    }

    @Serdeable
    record Note(@NotNull BoardNote.Kind kind, @NotBlank @Size(max = 4000) String body,
                @NotNull @PastOrPresent LocalDate happenedOn) {
    }
}
