package cn.scenehub.matching.batch;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scenehub.matching.MatchEngine;
import cn.scenehub.matching.MatchSources;
import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.matching.engine.MatchableProvider;
import cn.scenehub.matching.engine.MatchableScenario;
import cn.scenehub.matching.engine.PairScore;
import cn.scenehub.matching.plan.AssignmentProblem;
import cn.scenehub.matching.plan.AssignmentResult;
import cn.scenehub.matching.plan.AssignmentSolver;
import cn.scenehub.matching.plan.Candidate;
import cn.scenehub.matching.plan.GreedyAssignment;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import cn.scenehub.scenario.ScenarioStatus;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a plan: ranks the candidates of every open scenario of the list with the match engine
 * (in parallel), then assigns exactly with the min-cost-flow solver under the plan's limits, and
 * stores the pairs. Whichever instance claims the plan in MySQL runs it; it beats a heartbeat so a
 * plan whose instance died goes back to the queue ({@link MatchPlanSweeper}).
 */
@Singleton
public class MatchPlanRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MatchPlanRunner.class);
    /** Candidates per scenario: several times k, so the solver can move pairs around busy providers. */
    private static final int MIN_CANDIDATES = 30;
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final MatchPlanRepository plans;
    private final MatchPlanItemRepository items;
    private final ScenarioRepository scenarios;
    private final MatchEngine engine;

    MatchPlanRunner(MatchPlanRepository plans, MatchPlanItemRepository items, ScenarioRepository scenarios,
                    MatchEngine engine) {
        this.plans = plans;
        this.items = items;
        this.scenarios = scenarios;
        this.engine = engine;
    }

    /** Runs the plan if this instance can claim it; does nothing if another instance has it. */
    public void runIfClaimed(long planId) {
        if (plans.claim(planId, INSTANCE, Instant.now()) == 0) {
            return;
        }
        MatchPlan plan = plans.findById(planId).orElseThrow();
        try {
            compute(plan);
        } catch (RuntimeException e) {
            LOG.error("Match plan {} failed", planId, e);
            MatchPlan current = plans.findById(planId).orElseThrow();
            plans.update(new MatchPlan(current.id(), current.listId(), current.perScenario(), current.perProvider(),
                    current.localExposure(), current.districts(), MatchPlanStatus.FAILED, current.progress(),
                    current.scenarioCount(), current.providerCount(), null, null, null, null, null,
                    truncate(String.valueOf(e.getMessage())), current.claimedBy(), Instant.now(), current.createdBy(),
                    current.createdAt(), Instant.now(), null, current.version()));
        }
    }

    private void compute(MatchPlan plan) {
        long started = System.nanoTime();
        List<MatchableScenario> open = openScenarios(plan);
        MatchIndex index = engine.index();
        int wanted = Math.max(MIN_CANDIDATES, plan.perScenario() * 6);
        List<List<PairScore>> ranked = rankAll(plan, index, open, wanted);

        Map<Long, Integer> providerIndex = new HashMap<>();
        List<MatchableProvider> providers = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < open.size(); s++) {
            for (PairScore pair : ranked.get(s)) {
                if (pair.score() <= 0) {
                    continue;
                }
                int p = providerIndex.computeIfAbsent(pair.provider().id(), id -> {
                    providers.add(pair.provider());
                    return providers.size() - 1;
                });
                candidates.add(new Candidate(s, p, pair.score()));
            }
        }
        Set<Integer> exposure = new HashSet<>();
        if (plan.localExposure() > 0) {
            for (int p = 0; p < providers.size(); p++) {
                if (localAndSmall(providers.get(p), plan, open)) {
                    exposure.add(p);
                }
            }
        }
        AssignmentProblem problem = new AssignmentProblem(open.size(), providers.size(), candidates,
                plan.perScenario(), plan.perProvider(), exposure, plan.localExposure());
        AssignmentResult result = new AssignmentSolver().solve(problem,
                fraction -> plans.heartbeat(plan.id(), INSTANCE, 0.8 + 0.15 * fraction, Instant.now()));
        AssignmentResult greedy = new GreedyAssignment().solve(problem);
        Instant now = Instant.now();
        List<MatchPlanItem> rows = result.assignments().stream()
                .map(a -> new MatchPlanItem(null, plan.id(), open.get(a.scenario()).id(), providers.get(a.provider()).id(),
                        a.score(), MatchPlanItem.AUTO, now))
                .toList();
        items.deleteByPlanId(plan.id());
        items.saveAll(rows);
        MatchPlan current = plans.findById(plan.id()).orElseThrow();
        plans.update(new MatchPlan(current.id(), current.listId(), current.perScenario(), current.perProvider(),
                current.localExposure(), current.districts(), MatchPlanStatus.READY, 1.0, open.size(), providers.size(),
                result.totalScore(), greedy.totalScore(), result.exposureMetForAll(), result.unfilledSlots(),
                (System.nanoTime() - started) / 1_000_000, null, current.claimedBy(), now, current.createdBy(),
                current.createdAt(), now, null, current.version()));
        LOG.info("Match plan {}: {} scenarios, {} pairs, total {} (greedy {}), {} ms", plan.id(), open.size(), rows.size(),
                result.totalScore(), greedy.totalScore(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The list's published scenarios, within the plan's districts when it has any. */
    List<MatchableScenario> openScenarios(MatchPlan plan) {
        List<Long> ids = plans.findScenarioIdsOfList(plan.listId());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Scenario> byId = new HashMap<>();
        scenarios.findByIdIn(ids).forEach(s -> byId.put(s.getId(), s));
        return ids.stream().map(byId::get)
                .filter(s -> s != null && s.getStatus() == ScenarioStatus.PUBLISHED)
                .filter(s -> plan.districts().isEmpty() || plan.districts().contains(s.getRegionCode()))
                .map(MatchSources::scenario).toList();
    }

    private List<List<PairScore>> rankAll(MatchPlan plan, MatchIndex index, List<MatchableScenario> open, int wanted) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<List<PairScore>>> futures = new ArrayList<>();
            for (MatchableScenario s : open) {
                futures.add(pool.submit(() -> {
                    List<PairScore> ranked = index.rank(s, wanted);
                    int n = done.incrementAndGet();
                    if (n % 50 == 0) {
                        plans.heartbeat(plan.id(), INSTANCE, 0.8 * n / open.size(), Instant.now());
                    }
                    return ranked;
                }));
            }
            List<List<PairScore>> ranked = new ArrayList<>(open.size());
            for (Future<List<PairScore>> f : futures) {
                ranked.add(f.get());
            }
            return ranked;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Local: registered in one of the plan's districts, or, for a city-wide plan, in a city of its
     * scenarios. Small: not a 综合型 platform and not assessed at the top maturity level.
     */
    static boolean localAndSmall(MatchableProvider p, MatchPlan plan, List<MatchableScenario> open) {
        boolean small = !"综合型".equals(p.platformType()) && (p.maturityLevel() == null || p.maturityLevel() < 3);
        if (!small || p.regionCode() == null || p.regionCode().length() < 4) {
            return false;
        }
        if (!plan.districts().isEmpty()) {
            return plan.districts().contains(p.regionCode());
        }
        String city = p.regionCode().substring(0, 4);
        return open.stream().anyMatch(s -> s.regionCode() != null && s.regionCode().startsWith(city));
    }

    private static String truncate(String message) {
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
