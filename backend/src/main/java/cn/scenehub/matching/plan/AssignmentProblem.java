package cn.scenehub.matching.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A batch-matching instance: scenarios {@code 0..scenarioCount-1}, providers
 * {@code 0..providerCount-1}, the scored candidate pairs, at most {@code perScenario} (k) providers
 * per scenario and at most {@code perProvider} (c) scenarios per provider.
 *
 * <p>Exposure option: with {@code exposureMinimum} (m) {@code > 0}, every provider in
 * {@code exposureProviders} that has at least one candidate should get at least m pairs (see
 * {@link AssignmentSolver} for exactly what is guaranteed); m = 0 switches it off.
 *
 * <p>The constructor rejects, with an {@link IllegalArgumentException} naming the field, negative
 * k, c or m, m greater than c, and indices out of range. A pair proposed more than once counts once,
 * with its best score (the scorer may reach one pair by several routes).
 */
public record AssignmentProblem(int scenarioCount, int providerCount, List<Candidate> candidates,
        int perScenario, int perProvider, Set<Integer> exposureProviders, int exposureMinimum) {

    public AssignmentProblem {
        requireNonNegative("scenarioCount", scenarioCount);
        requireNonNegative("providerCount", providerCount);
        requireNonNegative("perScenario", perScenario);
        requireNonNegative("perProvider", perProvider);
        requireNonNegative("exposureMinimum", exposureMinimum);
        if (exposureMinimum > perProvider) {
            throw new IllegalArgumentException("exposureMinimum (" + exposureMinimum
                    + ") must not exceed perProvider (" + perProvider + ")");
        }
        if (candidates == null) {
            throw new IllegalArgumentException("candidates must not be null");
        }
        candidates = List.copyOf(candidates);
        for (Candidate c : candidates) {
            if (c.scenario() < 0 || c.scenario() >= scenarioCount) {
                throw new IllegalArgumentException("candidate " + c + ": scenario out of range 0.." + (scenarioCount - 1));
            }
            if (c.provider() < 0 || c.provider() >= providerCount) {
                throw new IllegalArgumentException("candidate " + c + ": provider out of range 0.." + (providerCount - 1));
            }
        }
        exposureProviders = exposureProviders == null ? Set.of() : Set.copyOf(exposureProviders);
        for (int p : exposureProviders) {
            if (p < 0 || p >= providerCount) {
                throw new IllegalArgumentException("exposureProviders: provider " + p + " out of range 0.." + (providerCount - 1));
            }
        }
    }

    /** The candidates with each pair once, at its best score, ordered by scenario then provider. */
    Candidate[] distinctCandidates() {
        Candidate[] all = candidates.toArray(new Candidate[0]);
        Arrays.sort(all, Comparator.comparingInt(Candidate::scenario).thenComparingInt(Candidate::provider)
                .thenComparing(Candidate::score, Comparator.reverseOrder()));
        int kept = 0;
        for (int i = 0; i < all.length; i++) {
            if (kept == 0 || all[kept - 1].scenario() != all[i].scenario() || all[kept - 1].provider() != all[i].provider()) {
                all[kept++] = all[i];
            }
        }
        return Arrays.copyOf(all, kept);
    }

    /** Whether provider {@code p} is owed exposure: in the set, with a candidate, and the option on. */
    boolean owesExposure(int provider, int candidateCount) {
        return exposureMinimum > 0 && candidateCount > 0 && exposureProviders.contains(provider);
    }

    private static void requireNonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be ≥ 0, got " + value);
        }
    }
}
