package cn.scenehub.matching.engine;

import java.util.List;

import cn.scenehub.provider.Capability;
import cn.scenehub.provider.Product;
import cn.scenehub.provider.ProviderCase;
import io.micronaut.core.annotation.Nullable;

/** What the engine reads of a listed provider; ratings are the enterprises' 验收 ratings (1–5). */
public record MatchableProvider(
        long id,
        @Nullable String externalId,
        String name,
        String regionCode,
        String description,
        @Nullable String platformType,
        @Nullable Integer maturityLevel,
        List<Capability> capabilities,
        List<ProviderCase> cases,
        List<Product> products,
        List<String> serviceRegions,
        double ratingAverage,
        int ratingCount) {
}
