package cn.scenehub.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A scenario as its owner, its district's commissioners and admins see it: every field,
 * contact and confidential notes included.
 */
@Serdeable
public record ScenarioView(
        long id, @Nullable String externalId, int year, @Nullable String batch, String title, String description,
        Enterprise enterprise, String industryCode, @Nullable String industryChain, String category,
        List<String> modes, List<String> techTags, String region, @Nullable ScenarioForm.Budget budget,
        @Nullable LocalDate deadline, @Nullable ScenarioForm.Contact contact, @Nullable String confidentialNotes,
        ScenarioStatus status, @Nullable String statusReason, long version,
        Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt) {

    @Serdeable
    public record Enterprise(long id, String name, @Nullable String creditCode, String region,
                             @Nullable String industryCode, @Nullable String scale) {
    }

    static ScenarioView of(Scenario s, Enterprise enterprise) {
        ScenarioForm.Budget budget = s.getBudgetMin() == null ? null : new ScenarioForm.Budget(s.getBudgetMin(), s.getBudgetMax());
        ScenarioForm.Contact contact = s.getContactName() == null && s.getContactPhone() == null && s.getContactEmail() == null
                ? null : new ScenarioForm.Contact(s.getContactName(), s.getContactPhone(), s.getContactEmail());
        return new ScenarioView(s.getId(), s.getExternalId(), s.getYear(), s.getBatch(), s.getTitle(), s.getDescription(),
                enterprise, s.getIndustryCode(), s.getIndustryChain(), s.getCategory(), s.getModes(), s.getTechTags(),
                s.getRegionCode(), budget, s.getDeadline(), contact, s.getConfidentialNotes(), s.getStatus(),
                s.getStatusReason(), s.getVersion() == null ? 0 : s.getVersion(), s.getCreatedAt(), s.getUpdatedAt(),
                s.getPublishedAt());
    }
}
