package cn.scenehub.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the public and providers see of a published scenario: no contact data, no confidential
 * notes, no credit code, and the budget only as a range ({@code budgetRange}, e.g. 50万–100万元).
 */
@Serdeable
public record PublicScenarioView(
        long id, @Nullable String externalId, int year, @Nullable String batch, String title, String description,
        Enterprise enterprise, String industryCode, @Nullable String industryChain, String category,
        List<String> modes, List<String> techTags, String region, @Nullable String budgetRange,
        @Nullable LocalDate deadline, ScenarioStatus status, @Nullable Instant publishedAt) {

    @Serdeable
    public record Enterprise(String name, String region, @Nullable String industryCode, @Nullable String scale) {
    }

    static PublicScenarioView of(Scenario s, ScenarioView.Enterprise enterprise) {
        return new PublicScenarioView(s.getId(), s.getExternalId(), s.getYear(), s.getBatch(), s.getTitle(),
                s.getDescription(), new Enterprise(enterprise.name(), enterprise.region(), enterprise.industryCode(),
                enterprise.scale()), s.getIndustryCode(), s.getIndustryChain(), s.getCategory(), s.getModes(),
                s.getTechTags(), s.getRegionCode(), BudgetRange.format(s.getBudgetMin(), s.getBudgetMax()),
                s.getDeadline(), s.getStatus(), s.getPublishedAt());
    }
}
