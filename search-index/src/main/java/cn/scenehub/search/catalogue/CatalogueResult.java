package cn.scenehub.search.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with a highlighted snippet each, the total, facet counts per field, and the
 * cursor of the next page (null when this page is the last).
 */
public record CatalogueResult(long total, List<Hit> hits, Map<String, List<Bucket>> facets, String nextCursor) {

    public record Hit(Map<String, Object> source, String snippet, double score) {
    }

    public record Bucket(String key, long count) {
    }
}
