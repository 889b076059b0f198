package cn.scenehub.matching.batch;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One proposed (scenario, provider) pair of a plan: from the solver (AUTO) or added by hand (MANUAL). */
@MappedEntity("match_plan_item")
public record MatchPlanItem(
        @Id @GeneratedValue @Nullable Long id,
        long planId,
        long scenarioId,
        long providerId,
        double score,
        String source,
        Instant createdAt) {

    public static final String AUTO = "AUTO";
    public static final String MANUAL = "MANUAL";
}
