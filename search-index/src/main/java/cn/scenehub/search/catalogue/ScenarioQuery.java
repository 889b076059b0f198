package cn.scenehub.search.catalogue;

import java.util.List;

/**
 * A catalogue search over public scenarios. Every filter is optional (null or empty = any);
 * several values of one filter mean any of them. {@code cursor} (a page's {@code nextCursor})
 * continues after that page and then {@code page} is not used.
 */
public record ScenarioQuery(
        String q,
        Integer year,
        String batch,
        List<String> categories,
        List<String> modes,
        List<String> industries,
        String chain,
        List<String> regions,
        Long budgetMin,
        Long budgetMax,
        String status,
        Sort sort,
        int page,
        int size,
        String cursor) {

    /** The same query without paging, e.g. for counts. */
    public ScenarioQuery withoutPaging() {
        return new ScenarioQuery(q, year, batch, categories, modes, industries, chain, regions, budgetMin, budgetMax,
                status, sort, 0, 0, null);
    }

    public enum Sort {
        /** Best match first (the default when there is a query). */
        RELEVANCE,
        /** Most recently published first (the default without a query). */
        NEWEST,
        BUDGET_DESC
    }
}
