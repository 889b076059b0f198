package cn.scenehub.search.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.scenehub.search.index.SearchIndexException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The parts the catalogue searches share, written in OpenSearch's own query DSL and sent
 * through the generic client, so a request reads as it is sent.
 */
final class SearchRequests {

    record WeightedField(String field, double boost) {
    }

    /**
     * Where a page starts: an offset ({@code page × size}), or after a cursor. Offsets within
     * OpenSearch's window of 10,000 hits go as {@code from}; deeper ones are reached by walking
     * there with {@code search_after}, so the API's page numbers keep working past the window.
     */
    record Paging(int from, int size, String cursor) {
        static Paging of(int page, int size, String cursor) {
            return new Paging(cursor == null || cursor.isBlank() ? page * size : 0, size,
                    cursor == null || cursor.isBlank() ? null : cursor);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_WINDOW = 10_000;
    private static final int SNIPPET = 160;

    private final OpenSearchClient client;
    private final String alias;

    SearchRequests(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    String alias() {
        return alias;
    }

    ObjectNode body(int size, List<String> source) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", size);
        body.put("track_total_hits", true);
        ArrayNode fields = body.putArray("_source");
        source.forEach(fields::add);
        return body;
    }

    /** Two words must both match, of more three in four; the first try for every query. */
    static final String STRICT = "2<75%";
    /**
     * Half the words, long terms split: the second try when a query matched nothing, as when
     * someone describes a need in their own words and only some of them are the record's.
     */
    static final String RELAXED = "1<50%";

    /** Whether a query with nothing found deserves a second, relaxed try ({@link QueryText#relaxed}). */
    static boolean relaxable(List<QueryText.Word> words) {
        return words.stream().filter(word -> !word.slight()).count() >= 2
                || words.stream().anyMatch(word -> word.forms().iterator().next().length() >= 4);
    }

    /**
     * Each query word, in any of its forms, in any of the fields, {@code minimumShouldMatch} of
     * them ({@link #STRICT} or {@link #RELAXED}). A word of one character (的, 厂, x) only adds to
     * the score, unless the query has nothing else.
     */
    static void text(ObjectNode bool, List<QueryText.Word> words, List<WeightedField> fields) {
        text(bool, words, fields, STRICT);
    }

    static void text(ObjectNode bool, List<QueryText.Word> words, List<WeightedField> fields, String minimumShouldMatch) {
        if (words.isEmpty()) {
            return;
        }
        List<QueryText.Word> significant = words.stream().filter(word -> !word.slight()).toList();
        List<QueryText.Word> slight = significant.isEmpty() ? List.of() : words.stream().filter(QueryText.Word::slight).toList();
        ObjectNode text = bool.putArray("must").addObject().putObject("bool");
        ArrayNode should = text.putArray("should");
        for (QueryText.Word word : significant.isEmpty() ? words : significant) {
            anyForm(should, word, fields);
        }
        text.put("minimum_should_match", minimumShouldMatch);
        if (!slight.isEmpty()) {
            ArrayNode bonus = bool.putArray("should");
            for (QueryText.Word word : slight) {
                anyForm(bonus, word, fields);
            }
        }
    }

    /** The word in any of its forms, in any of the fields, scored by its best match. */
    static void anyForm(ArrayNode clauses, QueryText.Word word, List<WeightedField> fields) {
        ArrayNode anyForm = clauses.addObject().putObject("dis_max").putArray("queries");
        for (String form : word.forms()) {
            for (WeightedField field : fields) {
                anyForm.addObject().putObject("match").putObject(field.field()).put("query", form)
                        .put("boost", field.boost());
            }
        }
        for (List<String> phrase : word.phrases()) {
            for (WeightedField field : fields) {
                anyForm.addObject().putObject("match_phrase").putObject(field.field())
                        .put("query", String.join(" ", phrase)).put("boost", field.boost());
            }
        }
    }

    static void terms(ArrayNode clauses, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode list = clauses.addObject().putObject("terms").putArray(field);
            values.forEach(list::add);
        }
    }

    static void term(ArrayNode clauses, String field, String value) {
        if (value != null && !value.isBlank()) {
            clauses.addObject().putObject("term").put(field, value);
        }
    }

    /** By relevance, or (with a field) by that field newest first; the id breaks ties. */
    static void sort(ObjectNode body, String descendingField) {
        ArrayNode sort = body.putArray("sort");
        if (descendingField == null) {
            sort.addObject().put("_score", "desc");
        } else {
            sort.addObject().putObject(descendingField).put("order", "desc").put("missing", "_last");
        }
        sort.addObject().put("id", "desc");
    }

    static void facets(ObjectNode body, List<String> fields) {
        ObjectNode aggregations = body.putObject("aggs");
        for (String field : fields) {
            aggregations.putObject(field).putObject("terms").put("field", field).put("size", 100);
        }
    }

    static void highlight(ObjectNode body, String field) {
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        highlight.putObject("fields").putObject(field)
                .put("fragment_size", SNIPPET).put("number_of_fragments", 1).put("no_match_size", SNIPPET);
    }

    /**
     * Sends a search whose body has its query, sort, facets and highlight, starting where
     * {@code paging} says; {@code order} names the sort, so a cursor is only taken back by the
     * same order.
     */
    CatalogueResult send(ObjectNode body, Paging paging, String order, String highlightField, String fallbackField,
                         List<String> facetFields) {
        int offset = paging.from();
        if (paging.cursor() != null) {
            body.set("search_after", Cursor.decode(paging.cursor(), order));
        } else if ((long) offset + paging.size() <= MAX_WINDOW) {
            body.put("from", offset);
        } else {
            JsonNode after = walkTo(body, offset);
            if (after == null) { // past the last hit: an empty page, with the total and facets
                body.put("size", 0);
            } else {
                body.set("search_after", after);
            }
        }
        JsonNode response = execute(body);
        List<CatalogueResult.Hit> hits = new ArrayList<>();
        JsonNode last = null;
        for (JsonNode hit : response.path("hits").path("hits")) {
            hits.add(hit(hit, highlightField, fallbackField));
            last = hit.path("sort");
        }
        long total = response.path("hits").path("total").path("value").asLong();
        boolean more = paging.cursor() != null ? hits.size() == paging.size() && hits.size() > 0
                : (long) offset + hits.size() < total && hits.size() == paging.size();
        String next = more && last != null && last.isArray() ? Cursor.encode(order, last) : null;
        return new CatalogueResult(total, hits, facets(response, facetFields), next);
    }

    /**
     * The sort values of the hit just before {@code offset}, found by stepping through the hits
     * in windows with {@code search_after} (sort values only, no source, facets or highlights);
     * null when there are fewer hits than that.
     */
    private JsonNode walkTo(ObjectNode body, int offset) {
        ObjectNode step = JSON.createObjectNode();
        step.set("query", body.path("query"));
        step.set("sort", body.path("sort"));
        step.put("_source", false);
        step.put("track_total_hits", false);
        JsonNode after = null;
        int remaining = offset;
        while (remaining > 0) {
            int take = Math.min(remaining, MAX_WINDOW);
            step.put("size", take);
            if (after != null) {
                step.set("search_after", after);
            }
            JsonNode found = execute(step).path("hits").path("hits");
            if (found.size() < take) {
                return null;
            }
            after = found.get(found.size() - 1).path("sort");
            remaining -= take;
        }
        return after;
    }

    CatalogueResult.Hit hit(JsonNode hit, String highlightField, String fallbackField) {
        JsonNode fragments = highlightField == null ? null : hit.path("highlight").path(highlightField);
        String fallback = hit.path("_source").path(fallbackField).asText();
        String snippet = fragments != null && fragments.isArray() && !fragments.isEmpty()
                ? QueryText.readable(fragments.get(0).asText())
                : fallback.length() <= SNIPPET ? fallback : fallback.substring(0, SNIPPET) + "…";
        @SuppressWarnings("unchecked")
        Map<String, Object> source = JSON.convertValue(hit.path("_source"), Map.class);
        return new CatalogueResult.Hit(source, snippet, hit.path("_score").asDouble(0));
    }

    static Map<String, List<CatalogueResult.Bucket>> facets(JsonNode response, List<String> facetFields) {
        Map<String, List<CatalogueResult.Bucket>> facets = new LinkedHashMap<>();
        for (String facet : facetFields) {
            List<CatalogueResult.Bucket> buckets = new ArrayList<>();
            for (JsonNode bucket : response.path("aggregations").path(facet).path("buckets")) {
                buckets.add(new CatalogueResult.Bucket(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
            }
            facets.put(facet, buckets);
        }
        return facets;
    }

    /**
     * Searches with OpenSearch's shard request cache on: the same request (the catalogue's
     * browsing pages and popular queries repeat a lot) is answered from it until the index next
     * refreshes, so it never returns anything older than a search without it would.
     */
    JsonNode execute(ObjectNode body) {
        return call("POST", "/" + alias + "/_search?request_cache=true", body.toString());
    }

    /** One request; a missing index (nothing indexed yet) answers as no hits. */
    JsonNode call(String method, String endpoint, String json) {
        var request = Requests.builder().method(method).endpoint(endpoint);
        if (json != null) {
            request.json(json);
        }
        try (Response response = client.generic().execute(request.build())) {
            if (response.getStatus() == 404) {
                return JSON.readTree("{\"found\":false,\"hits\":{\"total\":{\"value\":0},\"hits\":[]}}");
            }
            if (response.getStatus() >= 300) {
                String text = response.getBody().map(Body::bodyAsString).orElse("");
                throw new SearchIndexException("catalogue search failed with " + response.getStatus() + ": " + text);
            }
            Optional<Body> body = response.getBody();
            // Parsed straight from the response bytes: no intermediate String of the whole answer.
            return body.isPresent() ? JSON.readTree(body.get().body()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new SearchIndexException("catalogue search failed: " + e.getMessage(), e);
        }
    }
}
