package cn.scenehub.matching.engine;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The weights of the matching score. Defaults come from configuration
 * ({@code scenehub.matching.weights}); administrators may override them at run time.
 *
 * <p>The score of a provider for a scenario is
 * {@code text·T + capability·C + category·K + industry·I·min(1, 2T) + evidence·E}, then multiplied
 * by the factors: {@code generalist} for a broad platform without a case or product on the point,
 * {@code outsideRegion} when its service regions exclude the scenario's district, maturity and
 * ratings. T is the BM25 relevance of the scenario's text to the provider's (normalised to the best
 * provider of that scenario), C how much of the scenario's key terms one capability of the
 * scenario's category covers, K whether a capability is in the category, I the industry fit
 * (division, close division, section) of capabilities and cases, E the technique coverage of the best case or product.
 */
@Serdeable
public record MatchWeights(
        @DecimalMin("0") @DecimalMax("10") double text,
        @DecimalMin("0") @DecimalMax("10") double capability,
        @DecimalMin("0") @DecimalMax("10") double category,
        @DecimalMin("0") @DecimalMax("10") double industry,
        @DecimalMin("0") @DecimalMax("10") double evidence,
        @DecimalMin("0") @DecimalMax("1") double generalist,
        @DecimalMin("0") @DecimalMax("1") double outsideRegion,
        @DecimalMin("0") @DecimalMax("1") double maturity,
        @DecimalMin("0") @DecimalMax("1") double rating,
        @NotNull @Valid Text analysis) {

    /**
     * How text is weighed: bigram, part and related-technique shares, and the weights of the
     * scenario's fields (tags, title, description) and the provider's (capability tags and
     * descriptions above cases and products, above the general self-description and name).
     */
    @Serdeable
    public record Text(
            @DecimalMin("0") @DecimalMax("1") double bigram,
            @DecimalMin("0") @DecimalMax("1") double part,
            @DecimalMin("0") @DecimalMax("1") double related,
            @DecimalMin("0") @DecimalMax("10") double scenarioTags,
            @DecimalMin("0") @DecimalMax("10") double scenarioTitle,
            @DecimalMin("0") @DecimalMax("10") double scenarioDescription,
            @DecimalMin("0") @DecimalMax("10") double capabilityTags,
            @DecimalMin("0") @DecimalMax("10") double capabilityDescription,
            @DecimalMin("0") @DecimalMax("10") double evidence,
            @DecimalMin("0") @DecimalMax("10") double profile,
            @DecimalMin("0") @DecimalMax("10") double name) {

        public static final Text DEFAULTS = new Text(0.4, 0.5, 0.35, 3, 2, 1, 3, 2, 1.5, 1, 0.5);
    }

    public static final MatchWeights DEFAULTS = new MatchWeights(0.55, 0.5, 0.15, 0.15, 0.10, 0.8, 0.7, 0.025, 0.05, Text.DEFAULTS);
}
