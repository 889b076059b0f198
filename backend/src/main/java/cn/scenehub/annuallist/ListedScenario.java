package cn.scenehub.annuallist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.scenehub.scenario.PublicScenarioView;
import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A scenario as a published list shows it: its number and the public view of the scenario when
 * the list was published (no contact data, no credit code, the budget only as a range). Stored as
 * the entry's snapshot, so it is a stored format of its own, not {@link PublicScenarioView}
 * itself: changes to the live view must not change how old lists read. It carries what an export
 * of the list needs: {@code number}, {@code externalId} and the exchange format's public fields.
 */
@Serdeable
public record ListedScenario(
        int number, long id, @Nullable String externalId, int year, @Nullable String batch, String title,
        String description, Enterprise enterprise, String industryCode, @Nullable String industryChain,
        String category, List<String> modes, List<String> techTags, String region, @Nullable String budgetRange,
        @Nullable LocalDate deadline, ScenarioStatus status, @Nullable Instant publishedAt) {

    @Serdeable
    public record Enterprise(String name, String region, @Nullable String industryCode, @Nullable String scale) {
    }

    static ListedScenario of(int number, PublicScenarioView v) {
        var e = v.enterprise();
        return new ListedScenario(number, v.id(), v.externalId(), v.year(), v.batch(), v.title(), v.description(),
                new Enterprise(e.name(), e.region(), e.industryCode(), e.scale()), v.industryCode(),
                v.industryChain(), v.category(), v.modes(), v.techTags(), v.region(), v.budgetRange(), v.deadline(),
                v.status(), v.publishedAt());
    }
}
