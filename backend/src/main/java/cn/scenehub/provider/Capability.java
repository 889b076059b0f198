package cn.scenehub.provider;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One entry of a capability map: what the provider does, for which industries, with which techniques. */
@Serdeable
public record Capability(
        @NotBlank String category,
        @Nullable List<@NotBlank String> modes,
        @Nullable List<@NotBlank String> industries,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 40) String> techTags,
        @Nullable @Size(max = 2000) String description) {
}
