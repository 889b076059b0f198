package cn.scenehub.matching.engine;

/**
 * Why a provider scored what it did for a scenario: each part of the score, and which capability,
 * case and product carried it (indexes into the provider's lists, -1 for none).
 */
public record PairFeatures(
        double text,
        double capability,
        int bestCapability,
        boolean categoryFit,
        double industry,
        String industryOffered,
        boolean industryFromCase,
        double caseCoverage,
        int bestCase,
        double productCoverage,
        int bestProduct,
        boolean generalistDamped,
        boolean outsideRegion) {
}
