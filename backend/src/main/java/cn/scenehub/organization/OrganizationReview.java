package cn.scenehub.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision. {@code version} is the version the reviewer saw: if the record changed
 * since, the decision is refused with 409.
 */
@Serdeable
public record OrganizationReview(
        @NotNull Decision decision,
        @Nullable @Size(max = 500) String reason,
        @NotNull Long version) {

    public enum Decision {
        APPROVE, REJECT, SUSPEND, REINSTATE
    }
}
