package cn.scenehub.search.catalogue;

import java.util.List;

/**
 * A search of the listed provider pool. {@code serving} holds region codes of which a provider
 * must be based in or serve at least one (a district, its city, the province). {@code cursor}
 * (a page's {@code nextCursor}) continues after that page.
 */
public record ProviderQuery(
        String q,
        List<String> categories,
        List<String> industries,
        List<String> techTags,
        List<String> serving,
        List<String> platformTypes,
        List<Integer> maturityLevels,
        int page,
        int size,
        String cursor) {
}
