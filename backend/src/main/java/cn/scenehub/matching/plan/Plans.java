package cn.scenehub.matching.plan;

import java.util.List;

/** What every solver reports about a finished plan. */
final class Plans {

    private Plans() {
    }

    static AssignmentResult result(AssignmentProblem problem, List<Assignment> chosen, double total, int[] load,
            long startedNanos) {
        int[] candidateCount = new int[problem.providerCount()];
        for (Candidate c : problem.candidates()) {
            candidateCount[c.provider()]++;
        }
        boolean exposureMet = true;
        for (int p : problem.exposureProviders()) {
            if (problem.owesExposure(p, candidateCount[p]) && load[p] < problem.exposureMinimum()) {
                exposureMet = false;
            }
        }
        long slots = (long) problem.scenarioCount() * problem.perScenario();
        int unfilled = (int) Math.min(Integer.MAX_VALUE, slots - chosen.size());
        long elapsed = (System.nanoTime() - startedNanos) / 1_000_000;
        return new AssignmentResult(chosen, total, exposureMet, unfilled, elapsed);
    }
}
