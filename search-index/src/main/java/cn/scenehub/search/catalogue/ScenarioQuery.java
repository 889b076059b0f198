package cn.scenehub.search.catalogue;

import java.util.List;

/**
 * A catalogue search over public scenarios. Every filter is optional (null or empty = any);
 * several values of one filter mean any of them.
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
        int size) {

    public enum Sort {
        /** Best match first (the default when there is a query). */
        RELEVANCE,
        /** Most recently published first (the default without a query). */
        NEWEST,
        BUDGET_DESC
    }
}
