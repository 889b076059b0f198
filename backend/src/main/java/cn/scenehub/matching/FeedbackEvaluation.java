package cn.scenehub.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.matching.eval.RankingMetrics;
import cn.scenehub.scenario.ScenarioRepository;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The engine's current ranking measured against what users said of recommended pairs: each
 * pair's newest verdict is a grade (合适/已联系 2, 已签约 3, 不合适 0), and every scenario with
 * feedback is ranked afresh. Served to admins and by {@code eval-matching --feedback}.
 */
@Singleton
public class FeedbackEvaluation {

    /** The metrics, and how much feedback they rest on. */
    @Serdeable
    public record Result(int scenarios, int judgedPairs, double ndcg10, double precision3, double recall10, double mrr) {
    }

    private final MatchFeedbackRepository feedback;
    private final ScenarioRepository scenarios;
    private final MatchEngine engine;

    FeedbackEvaluation(MatchFeedbackRepository feedback, ScenarioRepository scenarios, MatchEngine engine) {
        this.feedback = feedback;
        this.scenarios = scenarios;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public Result evaluate() {
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        int pairs = 0;
        for (MatchFeedback f : feedback.findAllOrderByIdAsc()) {
            Integer previous = grades.computeIfAbsent(String.valueOf(f.scenarioId()), k -> new HashMap<>())
                    .put(String.valueOf(f.providerId()), f.verdict().grade());
            if (previous == null) {
                pairs++;
            }
        }
        MatchIndex index = engine.index();
        Map<String, List<String>> rankings = new HashMap<>();
        for (String scenarioId : grades.keySet()) {
            scenarios.findById(Long.valueOf(scenarioId)).ifPresent(s -> rankings.put(scenarioId,
                    index.rank(MatchSources.scenario(s), 10).stream().map(p -> String.valueOf(p.provider().id())).toList()));
        }
        RankingMetrics m = RankingMetrics.of(rankings, grades);
        return new Result(m.scenarios(), pairs, m.ndcg10(), m.precision3(), m.recall10(), m.mrr());
    }
}
