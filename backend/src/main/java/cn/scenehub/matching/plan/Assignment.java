package cn.scenehub.matching.plan;

/** One chosen pair of a plan, with the candidate's score. */
public record Assignment(int scenario, int provider, double score) {
}
