package cn.scenehub.proposal;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A proposal as the provider writes it: its approach, a price range in yuan, the duration in
 * days, and the titles of its own cases it cites. {@code version} is required when revising.
 */
@Serdeable
public record ProposalForm(
        @NotBlank @Size(max = 5000) String approach,
        @NotNull @Valid Price price,
        @NotNull @Min(1) @Max(3650) Integer durationDays,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 120) String> citedCases,
        @Nullable Long version) {

    @Serdeable
    public record Price(@NotNull @PositiveOrZero Long min, @NotNull @PositiveOrZero Long max) {
    }
}
