package cn.scenehub.annuallist;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Scenarios to add to a list, or all of its scenarios in their new order. {@code version} is
 * optional here: if given, the change is refused with 409 when the list changed since.
 */
@Serdeable
public record ScenarioIds(@NotEmpty @Size(max = 1000) List<@NotNull Long> scenarioIds, @Nullable Long version) {
}
