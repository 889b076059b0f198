package cn.scenehub.matching.engine;

/** One provider's score for one scenario, with what it was made of. */
public record PairScore(MatchableProvider provider, double score, PairFeatures features) {
}
