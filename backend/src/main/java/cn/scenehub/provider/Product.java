package cn.scenehub.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record Product(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 2000) String description) {
}
