package cn.scenehub.annuallist;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Publishing freezes the list as of {@code version}, the version the admin saw. */
@Serdeable
public record Publication(@NotNull Long version) {
}
