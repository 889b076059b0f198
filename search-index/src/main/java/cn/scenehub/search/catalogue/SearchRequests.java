package cn.scenehub.search.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_WINDOW = 10_000;
    private static final int SNIPPET = 160;

    private final OpenSearchClient client;
    private final String alias;

    SearchRequests(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    ObjectNode page(int page, int size, List<String> source) {
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("from", page * size);
        body.put("size", size);
        body.put("track_total_hits", true);
        ArrayNode fields = body.putArray("_source");
        source.forEach(fields::add);
        return body;
    }

    /** Each query word, in any of its forms, in any of the fields; short queries need every word. */
    void text(ObjectNode bool, List<Set<String>> words, List<WeightedField> fields) {
        if (words.isEmpty()) {
            return;
        }
        ObjectNode text = bool.putArray("must").addObject().putObject("bool");
        ArrayNode should = text.putArray("should");
        for (Set<String> forms : words) {
            ArrayNode anyForm = should.addObject().putObject("dis_max").putArray("queries");
            for (String form : forms) {
                for (WeightedField field : fields) {
                    anyForm.addObject().putObject("match").putObject(field.field()).put("query", form)
                            .put("boost", field.boost());
                }
            }
        }
        text.put("minimum_should_match", "2<75%");
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
    void sort(ObjectNode body, String descendingField) {
        ArrayNode sort = body.putArray("sort");
        if (descendingField == null) {
            sort.addObject().put("_score", "desc");
        } else {
            sort.addObject().putObject(descendingField).put("order", "desc").put("missing", "_last");
        }
        sort.addObject().put("id", "desc");
    }

    void facets(ObjectNode body, List<String> fields) {
        ObjectNode aggregations = body.putObject("aggs");
        for (String field : fields) {
            aggregations.putObject(field).putObject("terms").put("field", field).put("size", 100);
        }
    }

    void highlight(ObjectNode body, String field) {
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        highlight.putObject("fields").putObject(field)
                .put("fragment_size", SNIPPET).put("number_of_fragments", 1).put("no_match_size", SNIPPET);
    }

    CatalogueResult send(ObjectNode body, String highlightField, String fallbackField, List<String> facetFields) {
        JsonNode response = execute(body);
        List<CatalogueResult.Hit> hits = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            JsonNode fragments = hit.path("highlight").path(highlightField);
            String fallback = hit.path("_source").path(fallbackField).asText();
            String snippet = fragments.isArray() && !fragments.isEmpty() ? QueryText.readable(fragments.get(0).asText())
                    : fallback.length() <= SNIPPET ? fallback : fallback.substring(0, SNIPPET) + "…";
            @SuppressWarnings("unchecked")
            Map<String, Object> source = JSON.convertValue(hit.path("_source"), Map.class);
            hits.add(new CatalogueResult.Hit(source, snippet, hit.path("_score").asDouble(0)));
        }
        Map<String, List<CatalogueResult.Bucket>> facets = new LinkedHashMap<>();
        for (String facet : facetFields) {
            List<CatalogueResult.Bucket> buckets = new ArrayList<>();
            for (JsonNode bucket : response.path("aggregations").path(facet).path("buckets")) {
                buckets.add(new CatalogueResult.Bucket(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
            }
            facets.put(facet, buckets);
        }
        return new CatalogueResult(response.path("hits").path("total").path("value").asLong(), hits, facets);
    }

    private JsonNode execute(ObjectNode body) {
        var request = Requests.builder().method("POST").endpoint("/" + alias + "/_search").json(body.toString()).build();
        try (Response response = client.generic().execute(request)) {
            String text = response.getBody().map(Body::bodyAsString).orElse("{}");
            if (response.getStatus() == 404) { // nothing indexed yet
                return JSON.readTree("{\"hits\":{\"total\":{\"value\":0},\"hits\":[]}}");
            }
            if (response.getStatus() >= 300) {
                throw new SearchIndexException("catalogue search failed with " + response.getStatus() + ": " + text);
            }
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new SearchIndexException("catalogue search failed: " + e.getMessage(), e);
        }
    }
}
