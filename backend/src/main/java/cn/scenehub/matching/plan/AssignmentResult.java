package cn.scenehub.matching.plan;

import java.util.List;

/**
 * A plan: the chosen pairs (by scenario, then best score first), their total score, whether every
 * exposure provider that had a candidate reached the exposure minimum (true when the option is
 * off), how many of the {@code scenarioCount × perScenario} slots stay empty, and the solve time.
 */
public record AssignmentResult(List<Assignment> assignments, double totalScore, boolean exposureMetForAll,
        int unfilledSlots, long elapsedMillis) {

    public AssignmentResult {
        assignments = List.copyOf(assignments);
    }
}
