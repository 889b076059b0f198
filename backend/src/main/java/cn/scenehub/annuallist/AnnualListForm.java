package cn.scenehub.annuallist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new list: its year, the batch within the year if any (e.g. {@code 2026-1} or {@code 1}), and its title. */
@Serdeable
public record AnnualListForm(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Nullable @Size(max = 32) String batch,
        @NotBlank @Size(max = 120) String title) {
}
