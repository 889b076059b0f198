package cn.scenehub.catalogue;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The catalogue's answer, a contract: {@code {total, items, facets}}, plus {@code nextCursor}
 * (absent on the last page): pass it as {@code cursor} for the page after this one, at any depth.
 */
@Serdeable
public record CatalogueResponse<T>(long total, List<T> items, Map<String, List<Facet>> facets,
                                   @Nullable String nextCursor) {

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

    /** Scenarios like a given one, in the catalogue's item shape. */
    @Serdeable
    public record Items(List<Item> items) {
    }

    /** Search-box completions: {@code kind} is term, scenario or provider; {@code id} the scenario's or provider's. */
    @Serdeable
    public record Suggestions(List<SuggestItem> items) {
    }

    @Serdeable
    public record SuggestItem(String text, String kind, @Nullable Long id) {
    }

    /** Counts of matching scenarios by two dimensions; {@code count} on an axis key is its total. */
    @Serdeable
    public record Matrix(long total, List<AxisKey> rows, List<AxisKey> cols, List<Cell> cells) {
    }

    @Serdeable
    public record AxisKey(String key, String name, long count) {
    }

    @Serdeable
    public record Cell(String row, String col, long count) {
    }
}
