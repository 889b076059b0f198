package cn.scenehub.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A verdict on a recommended pair; NOT_A_FIT needs a reason. */
@Serdeable
public record FeedbackForm(@NotNull MatchVerdict verdict, @Nullable @Size(max = 500) String reason) {
}
