package cn.scenehub.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Why a provider fits a scenario, shown beside its proposal; the matching engine supplies the bean
 * ({@code matching.EngineMatchLookup}). A provider the engine does not know (not listed) has no match.
 */
public interface MatchLookup {

    /** The match of each given provider to the scenario that the engine knows; others are absent. */
    Map<Long, Match> matches(long scenarioId, Collection<Long> providerIds);

    @Serdeable
    record Match(double score, List<String> reasons) {
    }
}
