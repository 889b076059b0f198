package cn.scenehub.proposal;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The enterprise's acceptance (验收): the outcome, and a rating of every contracted provider. */
@Serdeable
public record AcceptanceForm(@NotBlank @Size(max = 1000) String outcome, @NotEmpty List<@Valid @NotNull Rating> ratings) {

    @Serdeable
    public record Rating(@NotNull Long providerId, @NotNull @Min(1) @Max(5) Integer rating,
                         @Nullable @Size(max = 1000) String comment) {
    }
}
