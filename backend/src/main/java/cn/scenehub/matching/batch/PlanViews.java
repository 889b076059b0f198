package cn.scenehub.matching.batch;

import java.time.Instant;
import java.util.List;

import cn.scenehub.matching.MatchViews;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Response shapes of the match plan endpoints. */
public final class PlanViews {

    private PlanViews() {
    }

    /**
     * A plan with its figures: {@code optimalityGap} is 0 (the assignment is exact);
     * {@code greedyScore} is what taking the best pairs first would have reached, for comparison.
     */
    @Serdeable
    public record Plan(long id, long listId, MatchPlanStatus status, double progress, int perScenario, int perProvider,
                       int localExposure, List<String> districts, int scenarioCount, int providerCount,
                       @Nullable Double totalScore, @Nullable Double greedyScore, double optimalityGap,
                       @Nullable Boolean exposureMet, @Nullable Integer unfilledSlots, @Nullable Long elapsedMillis,
                       @Nullable String failure, long pairCount, String createdBy, Instant createdAt,
                       @Nullable Instant finishedAt, @Nullable Instant publishedAt) {

        static Plan of(MatchPlan p, long pairCount) {
            return new Plan(p.id(), p.listId(), p.status(), p.progress(), p.perScenario(), p.perProvider(),
                    p.localExposure(), p.districts(), p.scenarioCount(), p.providerCount(), p.totalScore(),
                    p.greedyScore(), 0, p.exposureMet(), p.unfilledSlots(), p.elapsedMillis(), p.failure(), pairCount,
                    p.createdBy(), p.createdAt(), p.finishedAt(), p.publishedAt());
        }
    }

    @Serdeable
    public record Item(long id, MatchViews.ScenarioRef scenario, MatchViews.ProviderRef provider, double score,
                       String source) {
    }

    @Serdeable
    public record Items(long total, List<Item> items) {
    }

    @Serdeable
    public record NewItem(long scenarioId, long providerId) {
    }
}
