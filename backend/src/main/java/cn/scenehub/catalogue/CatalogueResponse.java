package cn.scenehub.catalogue;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The catalogue's answer, a contract: {@code {total, items, facets}}. */
@Serdeable
public record CatalogueResponse<T>(long total, List<T> items, Map<String, List<Facet>> facets) {

    @Serdeable
    public record ProviderItem(long id, @Nullable String externalId, String name, String snippet, String region,
                               @Nullable String platformType, @Nullable Integer maturityLevel, List<String> categories,
                               List<String> industries, List<String> techTags, List<String> serviceRegions) {
    }

    @Serdeable
    public record Item(long id, @Nullable String externalId, String title, String snippet, String enterprise,
                       String region, String industryCode, String category, List<String> modes, int year,
                       @Nullable String batch, String status, List<String> techTags) {
    }

    @Serdeable
    public record Facet(String key, String name, long count) {
    }
}
