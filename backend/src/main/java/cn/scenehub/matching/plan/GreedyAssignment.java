package cn.scenehub.matching.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline the exact solver is measured against: best score first, a pair is taken when its
 * scenario and provider still have room. Ignores the exposure option. Its total is at least half
 * the optimum (the classic bound for greedy b-matching), and in practice much closer.
 */
public final class GreedyAssignment {

    public AssignmentResult solve(AssignmentProblem problem) {
        long started = System.nanoTime();
        Candidate[] byScore = problem.distinctCandidates();
        Arrays.sort(byScore, Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::scenario).thenComparingInt(Candidate::provider));
        int[] scenarioLoad = new int[problem.scenarioCount()];
        int[] providerLoad = new int[problem.providerCount()];
        List<Assignment> chosen = new ArrayList<>();
        double total = 0;
        for (Candidate c : byScore) {
            if (scenarioLoad[c.scenario()] < problem.perScenario() && providerLoad[c.provider()] < problem.perProvider()) {
                scenarioLoad[c.scenario()]++;
                providerLoad[c.provider()]++;
                chosen.add(new Assignment(c.scenario(), c.provider(), c.score()));
                total += c.score();
            }
        }
        chosen.sort(Comparator.comparingInt(Assignment::scenario)
                .thenComparing(Assignment::score, Comparator.reverseOrder()).thenComparingInt(Assignment::provider));
        return Plans.result(problem, chosen, total, providerLoad, started);
    }
}
