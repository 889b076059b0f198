package cn.scenehub.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

/** A provider's answer (揭榜) to a scenario. Prices in yuan. */
@MappedEntity("proposal")
public record Proposal(
        @Id @GeneratedValue @Nullable Long id,
        long scenarioId,
        long providerId,
        ProposalStatus status,
        @Nullable Integer live,
        String approach,
        long priceMin,
        long priceMax,
        int durationDays,
        @TypeDef(type = DataType.JSON) List<String> citedCases,
        @Nullable String decisionReason,
        @Nullable LocalDate contractSignedOn,
        @Nullable Long contractAmount,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant decidedAt) {

    Proposal revised(ProposalForm form, List<String> cases, Instant now) {
        return new Proposal(id, scenarioId, providerId, status, live, form.approach().trim(), form.price().min(),
                form.price().max(), form.durationDays(), cases, decisionReason, contractSignedOn, contractAmount,
                version, createdAt, now, decidedAt);
    }

    Proposal moved(ProposalStatus to, @Nullable String reason, Instant now) {
        boolean decision = !to.isOpen() && to != ProposalStatus.WITHDRAWN;
        return new Proposal(id, scenarioId, providerId, to, to.isLive() ? 1 : null, approach, priceMin, priceMax,
                durationDays, citedCases, reason == null ? decisionReason : reason, contractSignedOn, contractAmount,
                version, createdAt, now, decision && decidedAt == null ? now : decidedAt);
    }

    Proposal contracted(LocalDate signedOn, long amount, Instant now) {
        return new Proposal(id, scenarioId, providerId, ProposalStatus.CONTRACTED, live, approach, priceMin, priceMax,
                durationDays, citedCases, decisionReason, signedOn, amount, version, createdAt, now, decidedAt);
    }
}
