package cn.scenehub.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A delivered project the provider cites as evidence (案例). */
@Serdeable
public record ProviderCase(
        @NotBlank @Size(max = 120) String title,
        @Nullable String industryCode,
        @Nullable @Size(max = 2000) String description,
        @Nullable @Min(1990) @Max(2100) Integer year) {
}
