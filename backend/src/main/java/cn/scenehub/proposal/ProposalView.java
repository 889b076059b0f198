package cn.scenehub.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A proposal as its provider, the scenario's owner, the district's commissioners and admins see
 * it (nobody else sees it at all). {@code match} is the matching engine's explanation, or null.
 */
@Serdeable
public record ProposalView(
        long id, long scenarioId, Provider provider, ProposalStatus status, String approach,
        ProposalForm.Price price, int durationDays, List<String> citedCases, List<Attachment> attachments,
        @Nullable String decisionReason, @Nullable Contract contract, @Nullable Integer rating,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable MatchLookup.Match match,
        long version, Instant createdAt, Instant updatedAt, @Nullable Instant decidedAt) {

    @Serdeable
    public record Provider(long id, String name, String region, @Nullable String platformType,
                           @Nullable Integer maturityLevel) {
    }

    @Serdeable
    public record Attachment(long id, String fileName, String contentType, long size, String sha256) {
    }

    @Serdeable
    public record Contract(LocalDate signedOn, long amount) {
    }
}
