package cn.scenehub.proposal;

import java.time.LocalDate;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

/** The contract signed with an awarded provider: the day and the amount in yuan. */
@Serdeable
public record ContractForm(@NotNull @PastOrPresent LocalDate signedOn, @NotNull @PositiveOrZero Long amount) {
}
