package cn.scenehub.matching.batch;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.matching.MatchEngine;
import cn.scenehub.matching.MatchViews;
import cn.scenehub.matching.engine.MatchableProvider;
import cn.scenehub.matching.engine.MatchableScenario;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Batch matching plans of annual lists: commissioners run them for the list's scenarios in their
 * districts (admins for all), review and edit the pairs, and publish them to the board.
 */
@Singleton
public class MatchPlanService {

    static final String AUDIT_TYPE = "MATCH_PLAN";

    private final MatchPlanRepository plans;
    private final MatchPlanItemRepository items;
    private final MatchPlanRunner runner;
    private final MatchEngine engine;
    private final ScenarioRepository scenarios;
    private final AuditLog audit;
    private final RecommendedPairs recommended;
    private final ExecutorService executor;

    MatchPlanService(MatchPlanRepository plans, MatchPlanItemRepository items, MatchPlanRunner runner, MatchEngine engine,
                     ScenarioRepository scenarios, AuditLog audit, RecommendedPairs recommended,
                     @Named(TaskExecutors.IO) ExecutorService executor) {
        this.plans = plans;
        this.items = items;
        this.runner = runner;
        this.engine = engine;
        this.scenarios = scenarios;
        this.audit = audit;
        this.recommended = recommended;
        this.executor = executor;
    }

    /** Queues a plan and starts it here; any instance's sweeper would pick it up if this one stopped. */
    public PlanViews.Plan start(long listId, PlanForm form, CurrentUser user) {
        staffOnly(user);
        if (!plans.listExists(listId)) {
            throw ApiException.notFound("年度清单 " + listId);
        }
        List<String> districts = user.isAdmin() ? List.of() : List.copyOf(user.districts());
        MatchPlan plan = plans.save(new MatchPlan(null, listId, form.k(), form.c(), form.exposure(), districts,
                MatchPlanStatus.QUEUED, 0, 0, 0, null, null, null, null, null, null, null, null, user.username(),
                Instant.now(), null, null, null));
        audit.record(AUDIT_TYPE, plan.id(), "START", null, MatchPlanStatus.QUEUED.name(),
                "k=" + form.k() + " c=" + form.c() + " exposure=" + form.exposure(), user, null);
        executor.submit(() -> runner.runIfClaimed(plan.id()));
        return PlanViews.Plan.of(plan, 0);
    }

    public List<PlanViews.Plan> ofList(long listId, CurrentUser user) {
        staffOnly(user);
        return plans.findByListIdOrderByIdDesc(listId).stream().filter(p -> visible(p, user))
                .map(p -> PlanViews.Plan.of(p, pairCount(p.id()))).toList();
    }

    public PlanViews.Plan get(long planId, CurrentUser user) {
        MatchPlan plan = visiblePlan(planId, user);
        return PlanViews.Plan.of(plan, pairCount(planId));
    }

    public PlanViews.Items items(long planId, Long scenarioId, Long providerId, Pageable pageable, CurrentUser user) {
        visiblePlan(planId, user);
        var page = items.search(planId, scenarioId, providerId, pageable);
        return new PlanViews.Items(page.getTotalSize(), views(page.getContent()));
    }

    /** A commissioner adds a pair by hand; the plan's k and c still hold. */
    @Transactional
    public PlanViews.Item add(long planId, PlanViews.NewItem pair, CurrentUser user) {
        MatchPlan plan = editablePlan(planId, user);
        MatchableScenario scenario = runner.openScenarios(plan).stream().filter(s -> s.id() == pair.scenarioId()).findFirst()
                .orElseThrow(() -> ApiException.badField("scenarioId", "该场景不在本方案的清单与辖区内，或未发布"));
        if (engine.index().provider(pair.providerId()).isEmpty()) {
            throw ApiException.badField("providerId", "服务商不在资源池（未入库）");
        }
        if (items.findByPlanIdAndScenarioIdAndProviderId(planId, pair.scenarioId(), pair.providerId()).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "该服务商已在此场景的推荐中");
        }
        if (items.search(planId, pair.scenarioId(), null, Pageable.from(0, 1)).getTotalSize() >= plan.perScenario()) {
            throw ApiException.badField("scenarioId", "此场景已有 " + plan.perScenario() + " 个推荐，请先移除一个");
        }
        if (items.countByPlanIdAndProviderId(planId, pair.providerId()) >= plan.perProvider()) {
            throw ApiException.badField("providerId", "此服务商已获 " + plan.perProvider() + " 个推荐，已达上限");
        }
        double score = engine.index().score(scenario, pair.providerId()).map(p -> p.score()).orElse(0.0);
        MatchPlanItem saved = items.save(new MatchPlanItem(null, planId, pair.scenarioId(), pair.providerId(), score,
                MatchPlanItem.MANUAL, Instant.now()));
        audit.record(AUDIT_TYPE, planId, "ADD_PAIR", null, pair.scenarioId() + ":" + pair.providerId(), null, user, null);
        return views(List.of(saved)).get(0);
    }

    @Transactional
    public void remove(long planId, long itemId, CurrentUser user) {
        editablePlan(planId, user);
        MatchPlanItem item = items.findByIdAndPlanId(itemId, planId)
                .orElseThrow(() -> ApiException.notFound("方案条目 " + itemId));
        items.delete(item);
        audit.record(AUDIT_TYPE, planId, "REMOVE_PAIR", item.scenarioId() + ":" + item.providerId(), null, null, user, null);
    }

    /** Publishes the reviewed pairs to the board as recommendations; a plan is published once. */
    @Transactional
    public PlanViews.Plan publish(long planId, CurrentUser user) {
        MatchPlan plan = editablePlan(planId, user);
        List<MatchPlanItem> pairs = items.findByPlanId(planId);
        MatchPlan published = plans.update(plan.published(Instant.now()));
        recommended.recommend(published, pairs, user);
        audit.record(AUDIT_TYPE, planId, "PUBLISH", MatchPlanStatus.READY.name(), MatchPlanStatus.PUBLISHED.name(),
                pairs.size() + " pairs", user, null);
        return PlanViews.Plan.of(published, pairs.size());
    }

    private MatchPlan editablePlan(long planId, CurrentUser user) {
        MatchPlan plan = visiblePlan(planId, user);
        if (plan.status() != MatchPlanStatus.READY) {
            throw new ApiException(HttpStatus.CONFLICT, "方案状态为 " + plan.status() + "，只有计算完成、未发布的方案可以修改或发布");
        }
        return plan;
    }

    private MatchPlan visiblePlan(long planId, CurrentUser user) {
        staffOnly(user);
        return plans.findById(planId).filter(p -> visible(p, user))
                .orElseThrow(() -> ApiException.notFound("匹配方案 " + planId));
    }

    /** Admins see every plan; a commissioner the plans of districts all of which they serve. */
    private static boolean visible(MatchPlan plan, CurrentUser user) {
        return user.isAdmin() || (!plan.districts().isEmpty() && Set.copyOf(user.districts()).containsAll(plan.districts()));
    }

    private static void staffOnly(CurrentUser user) {
        if (!user.isAdmin() && !user.isCommissioner()) {
            throw ApiException.forbidden("只有数字专员和管理员可以进行批量匹配");
        }
    }

    private long pairCount(long planId) {
        return items.search(planId, null, null, Pageable.from(0, 1)).getTotalSize();
    }

    private List<PlanViews.Item> views(List<MatchPlanItem> rows) {
        Map<Long, Scenario> scenarioById = scenarios.findByIdIn(rows.stream().map(MatchPlanItem::scenarioId).distinct().toList())
                .stream().collect(Collectors.toMap(Scenario::getId, Function.identity()));
        Map<Long, MatchableProvider> providerById = new HashMap<>();
        var index = engine.index();
        rows.forEach(r -> index.provider(r.providerId()).ifPresent(p -> providerById.put(p.id(), p)));
        return rows.stream().map(r -> {
            Scenario s = scenarioById.get(r.scenarioId());
            MatchableProvider p = providerById.get(r.providerId());
            return new PlanViews.Item(r.id(), new MatchViews.ScenarioRef(r.scenarioId(), s == null ? null : s.getExternalId(),
                    s == null ? "" : s.getTitle()),
                    new MatchViews.ProviderRef(r.providerId(), p == null ? null : p.externalId(), p == null ? "（已出库）" : p.name()),
                    MatchViews.round(r.score()), r.source());
        }).toList();
    }
}
