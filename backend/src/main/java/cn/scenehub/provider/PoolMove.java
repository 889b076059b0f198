package cn.scenehub.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move in the provider pool, on the profile version the user saw. */
@Serdeable
public record PoolMove(@NotNull Action action, @Nullable @Size(max = 1000) String reason, @NotNull Long version) {

    public enum Action {
        /** The provider asks to join the pool (its profile needs at least one capability). */
        APPLY,
        /** A commissioner of its district or an admin admits it. */
        LIST,
        SUSPEND,
        REINSTATE,
        REMOVE
    }
}
