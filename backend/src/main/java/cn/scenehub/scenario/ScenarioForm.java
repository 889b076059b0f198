package cn.scenehub.scenario;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A scenario as an enterprise writes it (create and edit), with the exchange format's field
 * names. Codes may be given as codes or Chinese names; the service resolves them.
 * {@code version} is required when editing.
 */
@Serdeable
public record ScenarioForm(
        @Nullable Long organizationId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Nullable @Size(max = 32) String batch,
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = 5000) String description,
        @Nullable String industryCode,
        @Nullable @Size(max = 60) String industryChain,
        @NotBlank String category,
        @NotEmpty List<@NotBlank String> modes,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 40) String> techTags,
        @Nullable String region,
        @Nullable @Valid Budget budget,
        @Nullable LocalDate deadline,
        @Nullable @Valid Contact contact,
        @Nullable @Size(max = 5000) String confidentialNotes,
        @Nullable Long version) {

    @Serdeable
    public record Budget(@NotNull @PositiveOrZero Long min, @NotNull @PositiveOrZero Long max) {
    }

    @Serdeable
    public record Contact(@Nullable @Size(max = 60) String name, @Nullable @Size(max = 40) String phone,
                          @Nullable @Email @Size(max = 120) String email) {
    }
}
