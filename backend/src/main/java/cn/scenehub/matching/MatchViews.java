package cn.scenehub.matching;

import java.util.List;

import cn.scenehub.matching.engine.MatchReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The response shapes of the match endpoints (a contract: add fields, never rename). */
public final class MatchViews {

    private MatchViews() {
    }

    @Serdeable
    public record ProviderRef(long id, @Nullable String externalId, String name) {
    }

    @Serdeable
    public record ScenarioRef(long id, @Nullable String externalId, String title) {
    }

    /** A recommended provider; {@code feedback} is the newest verdict on the pair, if any. */
    @Serdeable
    public record ProviderMatch(ProviderRef provider, double score, List<MatchReason> reasons,
                                @Nullable MatchVerdict feedback) {
    }

    @Serdeable
    public record ScenarioMatch(ScenarioRef scenario, double score, List<MatchReason> reasons) {
    }

    @Serdeable
    public record ProviderMatches(List<ProviderMatch> items) {
    }

    @Serdeable
    public record ScenarioMatches(List<ScenarioMatch> items) {
    }

    public static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
