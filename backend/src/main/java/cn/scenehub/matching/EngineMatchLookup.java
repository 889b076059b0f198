package cn.scenehub.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.matching.engine.MatchReason;
import cn.scenehub.matching.engine.MatchableScenario;
import cn.scenehub.matching.engine.ReasonWriter;
import cn.scenehub.proposal.MatchLookup;
import cn.scenehub.scenario.ScenarioRepository;
import jakarta.inject.Singleton;

/** The match of each proposing provider, shown beside its proposal: score and the reasons' sentences. */
@Singleton
class EngineMatchLookup implements MatchLookup {

    private final MatchEngine engine;
    private final ScenarioRepository scenarios;
    private final ReasonWriter reasons;

    EngineMatchLookup(MatchEngine engine, ScenarioRepository scenarios) {
        this.engine = engine;
        this.scenarios = scenarios;
        this.reasons = new ReasonWriter(engine.places());
    }

    @Override
    public Map<Long, Match> matches(long scenarioId, Collection<Long> providerIds) {
        Map<Long, Match> result = new HashMap<>();
        var scenario = scenarios.findById(scenarioId);
        if (scenario.isEmpty()) {
            return result;
        }
        MatchableScenario s = MatchSources.scenario(scenario.get());
        MatchIndex index = engine.index();
        for (long providerId : providerIds) {
            index.score(s, providerId).ifPresent(pair -> result.put(providerId, new Match(MatchViews.round(pair.score()),
                    reasons.reasons(index, s, pair).stream().map(MatchReason::text).toList())));
        }
        return result;
    }

}
