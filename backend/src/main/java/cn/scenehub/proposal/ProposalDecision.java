package cn.scenehub.proposal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The owner's (or commissioner's) decision on a proposal; a decline needs a reason. */
@Serdeable
public record ProposalDecision(@NotNull Kind decision, @Nullable @Size(max = 1000) String reason) {

    public enum Kind { SHORTLIST, DECLINE, AWARD }
}
