package cn.scenehub.matching.batch;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.board.BoardService;
import cn.scenehub.matching.MatchEngine;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import cn.scenehub.scenario.ScenarioStatus;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A published plan's pairs become recommended pairs (推荐) on the commissioners' board, from which
 * they invite providers. Pairs whose scenario left PUBLISHED or whose provider left the pool since
 * the plan was computed are skipped (checked first, so the publishing transaction stays clean).
 */
@Singleton
class BoardRecommendedPairs implements RecommendedPairs {

    private static final Logger LOG = LoggerFactory.getLogger(BoardRecommendedPairs.class);

    private final BoardService board;
    private final ScenarioRepository scenarios;
    private final MatchEngine engine;

    BoardRecommendedPairs(BoardService board, ScenarioRepository scenarios, MatchEngine engine) {
        this.board = board;
        this.scenarios = scenarios;
        this.engine = engine;
    }

    @Override
    public void recommend(MatchPlan plan, List<MatchPlanItem> pairs, CurrentUser publisher) {
        Set<Long> open = scenarios.findByIdIn(pairs.stream().map(MatchPlanItem::scenarioId).distinct().toList()).stream()
                .filter(s -> s.getStatus() == ScenarioStatus.PUBLISHED && publisher.serves(s.getRegionCode()))
                .map(Scenario::getId).collect(Collectors.toSet());
        var index = engine.index();
        int skipped = 0;
        for (MatchPlanItem pair : pairs) {
            if (open.contains(pair.scenarioId()) && index.provider(pair.providerId()).isPresent()) {
                board.recommend(pair.scenarioId(), pair.providerId(), "PLAN-" + plan.id(), publisher);
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            LOG.info("Match plan {}: {} pairs no longer open were not recommended", plan.id(), skipped);
        }
    }
}
