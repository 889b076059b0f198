package cn.scenehub.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.scenehub.demo.DemoCatalogue;
import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.matching.engine.MatchText;
import cn.scenehub.matching.engine.MatchWeights;
import cn.scenehub.matching.engine.MatchableProvider;
import cn.scenehub.matching.engine.MatchableScenario;
import cn.scenehub.matching.engine.PairScore;
import cn.scenehub.matching.plan.AssignmentProblem;
import cn.scenehub.matching.plan.AssignmentResult;
import cn.scenehub.matching.plan.AssignmentSolver;
import cn.scenehub.matching.plan.Candidate;
import cn.scenehub.matching.plan.GreedyAssignment;
import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.RelatedTerms;
import cn.scenehub.search.analysis.Synonyms;

/**
 * The compute of a batch plan as {@code MatchPlanRunner} does it, at the scale: 1,000
 * scenarios × 10,240 listed providers, k = 5, c = 10, 30 candidates per scenario ranked on all
 * cores, then the exact assignment; with and without the local-exposure option. Not a test.
 */
public final class BatchPlanBenchmark {

    public static void main(String[] args) throws Exception {
        int pools = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        List<MatchableProvider> providers = new ArrayList<>();
        for (int year = 2000; year < 2000 + pools; year++) {
            for (Map<String, Object> p : new DemoCatalogue(year).providers()) {
                providers.add(MatchingBenchmark.provider(providers.size() + 1L, p));
            }
        }
        List<MatchableScenario> scenarios = new ArrayList<>();
        for (Map<String, Object> s : new DemoCatalogue().scenarios(2026)) {
            scenarios.add(MatchingBenchmark.scenario(scenarios.size() + 1L, s));
        }
        Synonyms synonyms = Synonyms.get();
        MatchText text = new MatchText(IndustrialSegmenter.get(), synonyms, RelatedTerms.load(synonyms), MatchWeights.DEFAULTS.analysis());
        MatchIndex index = new MatchIndex(providers, text, MatchWeights.DEFAULTS, MatchingBenchmark.PLACES);
        for (int run = 1; run <= 3; run++) {
            // a fresh index each run: the plan's scenarios are not yet compiled, as on a first run
            MatchIndex fresh = run == 1 ? index : new MatchIndex(providers, text, MatchWeights.DEFAULTS, MatchingBenchmark.PLACES);
            long t0 = System.nanoTime();
            List<List<PairScore>> ranked = rankAll(fresh, scenarios, 30);
            long rankMs = (System.nanoTime() - t0) / 1_000_000;
            for (int exposure : new int[] {0, 1}) {
                AssignmentProblem problem = problem(ranked, scenarios, exposure);
                long t1 = System.nanoTime();
                AssignmentResult exact = new AssignmentSolver().solve(problem, null);
                long solveMs = (System.nanoTime() - t1) / 1_000_000;
                AssignmentResult greedy = new GreedyAssignment().solve(problem);
                System.out.printf(Locale.ROOT, "run %d, exposure %d: rank %d ms + assign %d ms = %d ms; %d candidates, %d pairs, "
                                + "total %.2f vs greedy %.2f (+%.2f%%), exposure met %s, unfilled %d%n",
                        run, exposure, rankMs, solveMs, rankMs + solveMs, problem.candidates().size(), exact.assignments().size(),
                        exact.totalScore(), greedy.totalScore(), 100 * (exact.totalScore() / greedy.totalScore() - 1),
                        exact.exposureMetForAll(), exact.unfilledSlots());
            }
        }
    }

    static List<List<PairScore>> rankAll(MatchIndex index, List<MatchableScenario> scenarios, int wanted) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<List<PairScore>>> futures = new ArrayList<>();
        for (MatchableScenario s : scenarios) {
            futures.add(pool.submit(() -> index.rank(s, wanted)));
        }
        List<List<PairScore>> ranked = new ArrayList<>();
        for (Future<List<PairScore>> f : futures) {
            ranked.add(f.get());
        }
        pool.shutdown();
        return ranked;
    }

    static AssignmentProblem problem(List<List<PairScore>> ranked, List<MatchableScenario> scenarios, int exposure) {
        Map<Long, Integer> providerIndex = new HashMap<>();
        List<MatchableProvider> providers = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < ranked.size(); s++) {
            for (PairScore pair : ranked.get(s)) {
                if (pair.score() > 0) {
                    int p = providerIndex.computeIfAbsent(pair.provider().id(), id -> {
                        providers.add(pair.provider());
                        return providers.size() - 1;
                    });
                    candidates.add(new Candidate(s, p, pair.score()));
                }
            }
        }
        Set<Integer> small = new HashSet<>();
        for (int p = 0; p < providers.size(); p++) {
            MatchableProvider provider = providers.get(p);
            if (!"综合型".equals(provider.platformType()) && (provider.maturityLevel() == null || provider.maturityLevel() < 3)) {
                small.add(p);
            }
        }
        return new AssignmentProblem(scenarios.size(), providers.size(), candidates, 5, 10, exposure > 0 ? small : Set.of(), exposure);
    }
}
