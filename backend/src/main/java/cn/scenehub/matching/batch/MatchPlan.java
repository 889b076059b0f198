package cn.scenehub.matching.batch;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

/** A batch matching run over an annual list and its result, reviewed and published by a commissioner. */
@MappedEntity("match_plan")
public record MatchPlan(
        @Id @GeneratedValue @Nullable Long id,
        long listId,
        int perScenario,
        int perProvider,
        int localExposure,
        @TypeDef(type = DataType.JSON) List<String> districts,
        MatchPlanStatus status,
        double progress,
        int scenarioCount,
        int providerCount,
        @Nullable Double totalScore,
        @Nullable Double greedyScore,
        @Nullable Boolean exposureMet,
        @Nullable Integer unfilledSlots,
        @Nullable Long elapsedMillis,
        @Nullable String failure,
        @Nullable String claimedBy,
        @Nullable Instant heartbeatAt,
        String createdBy,
        Instant createdAt,
        @Nullable Instant finishedAt,
        @Nullable Instant publishedAt,
        @Version @Nullable Long version) {

    MatchPlan published(Instant at) {
        return new MatchPlan(id, listId, perScenario, perProvider, localExposure, districts, MatchPlanStatus.PUBLISHED,
                progress, scenarioCount, providerCount, totalScore, greedyScore, exposureMet, unfilledSlots,
                elapsedMillis, failure, claimedBy, heartbeatAt, createdBy, createdAt, finishedAt, at, version);
    }
}
