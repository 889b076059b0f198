package cn.scenehub.taxonomy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A vocabulary term as an administrator adds or renames it. Codes are contracts: never changed. */
@Serdeable
public record TermForm(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 120) String name,
                       @Nullable @Size(max = 64) String parentCode, @Nullable @Min(0) Integer position) {
}
