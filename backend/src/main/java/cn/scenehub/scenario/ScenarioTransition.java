package cn.scenehub.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lifecycle move on a scenario, made on the version the user saw. */
@Serdeable
public record ScenarioTransition(@NotNull ScenarioAction action, @Nullable @Size(max = 1000) String reason,
                                 @NotNull Long version) {
}
