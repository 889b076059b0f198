package cn.scenehub.matching.plan;

/**
 * A pair the scorer proposes: provider {@code provider} (0-based) for scenario {@code scenario}
 * (0-based), with a finite {@code score > 0}; higher is better.
 */
public record Candidate(int scenario, int provider, double score) {

    public Candidate {
        if (!(score > 0) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("candidate (scenario " + scenario + ", provider " + provider
                    + "): score must be a finite number > 0, got " + score);
        }
    }
}
