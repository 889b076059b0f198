package cn.scenehub.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.Role;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.matching.engine.MatchableScenario;
import cn.scenehub.matching.engine.PairScore;
import cn.scenehub.matching.engine.ReasonWriter;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Who may see which matches, the match lists with their reasons, and feedback on pairs. */
@Singleton
public class MatchService {

    public static final int MAX_LIMIT = 50;
    static final String FEEDBACK_AUDIT = "MATCH_FEEDBACK";

    private final MatchEngine engine;
    private final MatchSources sources;
    private final ScenarioService scenarios;
    private final ProviderProfileRepository profiles;
    private final MatchFeedbackRepository feedback;
    private final AuditLog audit;
    private final ReasonWriter reasons;

    MatchService(MatchEngine engine, MatchSources sources, ScenarioService scenarios, ProviderProfileRepository profiles,
                 MatchFeedbackRepository feedback, AuditLog audit) {
        this.engine = engine;
        this.sources = sources;
        this.scenarios = scenarios;
        this.profiles = profiles;
        this.feedback = feedback;
        this.audit = audit;
        this.reasons = new ReasonWriter(engine.places());
    }

    /** The best providers for a scenario: for its enterprise, its district's commissioners and admins. */
    public MatchViews.ProviderMatches forScenario(long scenarioId, int limit, CurrentUser user) {
        Scenario scenario = scenarios.entitled(scenarioId, user);
        MatchableScenario s = MatchSources.scenario(scenario);
        MatchIndex index = engine.index();
        Map<Long, MatchVerdict> verdicts = new HashMap<>();
        feedback.findByScenarioIdOrderByIdAsc(scenarioId).forEach(f -> verdicts.put(f.providerId(), f.verdict()));
        List<MatchViews.ProviderMatch> items = index.rank(s, checked(limit)).stream()
                .map(pair -> new MatchViews.ProviderMatch(
                        new MatchViews.ProviderRef(pair.provider().id(), pair.provider().externalId(), pair.provider().name()),
                        MatchViews.round(pair.score()), reasons.reasons(index, s, pair), verdicts.get(pair.provider().id())))
                .toList();
        return new MatchViews.ProviderMatches(items);
    }

    /** The open scenarios that suit a provider best: for that provider, commissioners and admins. */
    public MatchViews.ScenarioMatches forProvider(long providerId, int limit, CurrentUser user) {
        boolean own = user.role() == Role.PROVIDER && user.belongsTo(providerId);
        if (!(own || user.isCommissioner() || user.isAdmin()) || profiles.findById(providerId).isEmpty()) {
            throw ApiException.notFound("服务商 " + providerId);
        }
        MatchIndex index = engine.index();
        if (index.provider(providerId).isEmpty()) {
            // only listed providers take part in matching
            return new MatchViews.ScenarioMatches(List.of());
        }
        record Scored(MatchableScenario scenario, PairScore pair) {
        }
        List<Scored> scored = new ArrayList<>();
        for (MatchableScenario s : sources.openScenarios()) {
            index.score(s, providerId).ifPresent(pair -> scored.add(new Scored(s, pair)));
        }
        List<MatchViews.ScenarioMatch> items = scored.stream()
                .sorted(Comparator.comparingDouble((Scored x) -> -x.pair().score()).thenComparingLong(x -> x.scenario().id()))
                .limit(checked(limit))
                .map(x -> new MatchViews.ScenarioMatch(
                        new MatchViews.ScenarioRef(x.scenario().id(), x.scenario().externalId(), x.scenario().title()),
                        MatchViews.round(x.pair().score()), reasons.reasons(index, x.scenario(), x.pair())))
                .toList();
        return new MatchViews.ScenarioMatches(items);
    }

    @Transactional
    public MatchFeedback giveFeedback(long scenarioId, long providerId, FeedbackForm form, CurrentUser user) {
        Scenario scenario = scenarios.entitled(scenarioId, user);
        if (profiles.findById(providerId).isEmpty()) {
            throw ApiException.notFound("服务商 " + providerId);
        }
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        if (form.verdict() == MatchVerdict.NOT_A_FIT && reason == null) {
            throw ApiException.badField("reason", "请说明不合适的原因");
        }
        MatchFeedback saved = feedback.save(new MatchFeedback(null, scenarioId, providerId, form.verdict(), reason,
                user.id(), user.username(), Instant.now()));
        audit.record(FEEDBACK_AUDIT, scenarioId, form.verdict().name(), null, String.valueOf(providerId), reason, user,
                scenario.getRegionCode());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<MatchFeedback> feedbackOn(long scenarioId, CurrentUser user) {
        scenarios.entitled(scenarioId, user);
        return feedback.findByScenarioIdOrderByIdAsc(scenarioId);
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badField("limit", "limit 须在 1 到 " + MAX_LIMIT + " 之间");
        }
        return limit;
    }
}
