package cn.scenehub.provider;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A provider's profile as written in the portal, with the exchange format's field names.
 * {@code maturityLevel} is assessed by commissioners and admins; providers cannot change it.
 */
@Serdeable
public record ProviderProfileForm(
        @NotBlank @Size(max = 5000) String description,
        @Nullable @Pattern(regexp = "综合型|特色型|专业型", message = "只能是 综合型、特色型 或 专业型") String platformType,
        @Nullable @Min(1) @Max(3) Integer maturityLevel,
        @Nullable @Size(max = 20) List<@Valid Capability> capabilities,
        @Nullable @Size(max = 50) List<@Valid ProviderCase> cases,
        @Nullable @Size(max = 50) List<@Valid Product> products,
        @Nullable @Size(max = 50) List<@NotBlank String> serviceRegions,
        @Nullable Long version) {
}
