package cn.scenehub.matching.plan;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark, not a test: times {@link AssignmentSolver} on a realistic random instance and
 * compares it with {@link GreedyAssignment}. How to run it: docs/benchmarks.md (Matching, batch assignment solver).
 *
 * <p>Arguments (all optional): scenarios providers candidatesPerScenario k c runs seed.
 */
public final class SolverBenchmark {

    public static void main(String[] args) {
        int scenarios = arg(args, 0, 1000);
        int providers = arg(args, 1, 10_000);
        int perScenario = arg(args, 2, 50);
        int k = arg(args, 3, 5);
        int c = arg(args, 4, 3);
        int runs = arg(args, 5, 5);
        long seed = arg(args, 6, 42);
        System.out.printf(Locale.ROOT, "%d scenarios × %d providers, %d candidates each, k=%d, c=%d, %d runs after warm-up%n",
                scenarios, providers, perScenario, k, c, runs);
        AssignmentProblem plain = instance(new Random(seed), scenarios, providers, perScenario, k, c, 0);
        int[] popularity = new int[providers];
        plain.candidates().forEach(p -> popularity[p.provider()]++);
        System.out.printf(Locale.ROOT, "providers with a candidate: %d; candidates of the 10 most popular: %s%n",
                java.util.Arrays.stream(popularity).filter(n -> n > 0).count(),
                java.util.Arrays.toString(java.util.Arrays.copyOf(popularity, 10)));
        double best = measure(plain, runs, "exposure off", 0);
        AssignmentProblem exposed = instance(new Random(seed), scenarios, providers, perScenario, k, c, 1);
        measure(exposed, runs, "exposure m=1 for " + exposed.exposureProviders().size() + " small providers", best);
    }

    /** Prints figures; returns the exact total. */
    private static double measure(AssignmentProblem problem, int runs, String label, double totalWithoutExposure) {
        AssignmentSolver solver = new AssignmentSolver();
        for (int i = 0; i < 3; i++) {
            solver.solve(problem, null); // warm-up: let the JIT compile the hot loops
        }
        long best = Long.MAX_VALUE;
        long sum = 0;
        AssignmentResult exact = null;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            exact = solver.solve(problem, null);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
            best = Math.min(best, ms);
            sum += ms;
        }
        AssignmentResult greedy = new GreedyAssignment().solve(problem);
        int[] perScenario = new int[problem.scenarioCount()];
        exact.assignments().forEach(a -> perScenario[a.scenario()]++);
        long full = java.util.Arrays.stream(perScenario).filter(n -> n == problem.perScenario()).count();
        System.out.printf(Locale.ROOT, "%s: solve best %d ms, mean %d ms, allocated %.1f MB per solve%n",
                label, best, sum / runs, allocated / 1e6);
        System.out.printf(Locale.ROOT, "  exact total %.4f (%d pairs), greedy total %.4f (%d pairs): greedy gap %.3f %%%n",
                exact.totalScore(), exact.assignments().size(), greedy.totalScore(), greedy.assignments().size(),
                100 * (exact.totalScore() - greedy.totalScore()) / exact.totalScore());
        if (totalWithoutExposure > 0) {
            System.out.printf(Locale.ROOT, "  score given up for exposure: %.3f %% of the optimum without it (greedy ignores exposure)%n",
                    100 * (totalWithoutExposure - exact.totalScore()) / totalWithoutExposure);
        }
        System.out.printf(Locale.ROOT, "  scenarios with all %d: %d of %d, unfilled slots %d, exposure met for all: %s (greedy: %s)%n",
                problem.perScenario(), full, problem.scenarioCount(), exact.unfilledSlots(), exact.exposureMetForAll(),
                greedy.exposureMetForAll());
        return exact.totalScore();
    }

    /**
     * A skewed instance: provider popularity follows a Zipf-like law (a few generalists are
     * candidates for many scenarios), and popular providers tend to score higher, so they are
     * contested. With {@code exposure > 0}, the 500 least popular providers are owed exposure.
     */
    static AssignmentProblem instance(Random random, int scenarios, int providers, int perScenario, int k, int c,
            int exposure) {
        double[] cumulative = new double[providers];
        double[] quality = new double[providers];
        double sum = 0;
        for (int p = 0; p < providers; p++) {
            sum += 1 / Math.pow(p + 1, 0.9);
            cumulative[p] = sum;
            quality[p] = Math.max(0, Math.min(1, 0.75 - 0.1 * Math.log10(p + 1) + 0.2 * random.nextGaussian()));
        }
        List<Candidate> candidates = new ArrayList<>(scenarios * perScenario);
        Set<Integer> taken = new HashSet<>();
        for (int s = 0; s < scenarios; s++) {
            taken.clear();
            while (taken.size() < Math.min(perScenario, providers)) {
                int p = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                p = p >= 0 ? p : -p - 1;
                if (taken.add(p)) {
                    double relevance = random.nextDouble();
                    candidates.add(new Candidate(s, p, 0.01 + 0.5 * relevance * relevance + 0.4 * quality[p]));
                }
            }
        }
        Set<Integer> small = new HashSet<>();
        for (int p = providers - 1; exposure > 0 && p >= Math.max(0, providers - 3000) && small.size() < 500; p -= 6) {
            small.add(p);
        }
        return new AssignmentProblem(scenarios, providers, candidates, k, c, small, exposure);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
