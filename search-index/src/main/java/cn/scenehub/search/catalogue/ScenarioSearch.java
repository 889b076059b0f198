package cn.scenehub.search.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.index.IndexLayout;
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
 * Searches the public scenario catalogue. The request is written in OpenSearch's own query DSL
 * (sent through the generic client), so what is asked is readable as it stands: each query word
 * with its synonyms, weighted title > techniques > description; filters; facets; a highlighted
 * snippet from the description.
 */
public final class ScenarioSearch {

    /** Facets the catalogue shows, by index field. */
    public static final List<String> FACETS = List.of("category", "modes", "industryCode", "region", "year");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_WINDOW = 10_000;

    private final OpenSearchClient client;
    private final String alias;

    public ScenarioSearch(OpenSearchClient client, IndexLayout layout) {
        this.client = client;
        this.alias = layout.aliasOf(IndexDefinition.SCENARIOS);
    }

    public CatalogueResult search(ScenarioQuery query) {
        if ((long) (query.page() + 1) * query.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("page");
        }
        JsonNode response = send(request(query));
        List<CatalogueResult.Hit> hits = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            JsonNode fragments = hit.path("highlight").path("descriptionSegmented");
            String snippet = fragments.isArray() && !fragments.isEmpty() ? QueryText.readable(fragments.get(0).asText())
                    : abbreviate(hit.path("_source").path("description").asText());
            @SuppressWarnings("unchecked")
            Map<String, Object> source = JSON.convertValue(hit.path("_source"), Map.class);
            hits.add(new CatalogueResult.Hit(source, snippet, hit.path("_score").asDouble(0)));
        }
        Map<String, List<CatalogueResult.Bucket>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<CatalogueResult.Bucket> buckets = new ArrayList<>();
            for (JsonNode bucket : response.path("aggregations").path(facet).path("buckets")) {
                buckets.add(new CatalogueResult.Bucket(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
            }
            facets.put(facet, buckets);
        }
        return new CatalogueResult(response.path("hits").path("total").path("value").asLong(), hits, facets);
    }

    ObjectNode request(ScenarioQuery query) {
        ObjectNode body = JSON.createObjectNode();
        body.put("from", query.page() * query.size());
        body.put("size", query.size());
        body.put("track_total_hits", true);
        body.putArray("_source").add("id").add("externalId").add("title").add("description").add("enterpriseName")
                .add("region").add("industryCode").add("industryChain").add("category").add("modes").add("year")
                .add("batch").add("status").add("publishedAt").add("techTags");
        ObjectNode bool = body.putObject("query").putObject("bool");
        List<Set<String>> words = query.q() == null || query.q().isBlank() ? List.of() : QueryText.alternatives(query.q());
        if (!words.isEmpty()) {
            ObjectNode text = bool.putArray("must").addObject().putObject("bool");
            ArrayNode should = text.putArray("should");
            for (Set<String> forms : words) {
                ArrayNode anyForm = should.addObject().putObject("dis_max").putArray("queries");
                for (String form : forms) {
                    anyForm.addObject().putObject("match").putObject("titleSegmented").put("query", form).put("boost", 3);
                    anyForm.addObject().putObject("match").putObject("techTagsSegmented").put("query", form).put("boost", 2);
                    anyForm.addObject().putObject("match").putObject("descriptionSegmented").put("query", form);
                }
            }
            // Short queries need every word; longer ones most of them.
            text.put("minimum_should_match", "2<75%");
        }
        ArrayNode filter = bool.putArray("filter");
        terms(filter, "category", query.categories());
        terms(filter, "modes", query.modes());
        terms(filter, "industryCode", query.industries());
        terms(filter, "region", query.regions());
        if (query.year() != null) {
            filter.addObject().putObject("term").put("year", query.year());
        }
        term(filter, "batch", query.batch());
        term(filter, "industryChain", query.chain());
        term(filter, "status", query.status());
        if (query.budgetMin() != null) { // the scenario's range reaches up to the asked minimum
            filter.addObject().putObject("range").putObject("budgetMax").put("gte", query.budgetMin());
        }
        if (query.budgetMax() != null) {
            filter.addObject().putObject("range").putObject("budgetMin").put("lte", query.budgetMax());
        }
        ArrayNode sort = body.putArray("sort");
        ScenarioQuery.Sort order = query.sort() != null ? query.sort()
                : words.isEmpty() ? ScenarioQuery.Sort.NEWEST : ScenarioQuery.Sort.RELEVANCE;
        switch (order) {
            case RELEVANCE -> sort.addObject().put("_score", "desc");
            case NEWEST -> sort.addObject().putObject("publishedAt").put("order", "desc").put("missing", "_last");
            case BUDGET_DESC -> sort.addObject().putObject("budgetMax").put("order", "desc").put("missing", "_last");
        }
        sort.addObject().put("id", "desc");
        ObjectNode aggregations = body.putObject("aggs");
        for (String facet : FACETS) {
            aggregations.putObject(facet).putObject("terms").put("field", facet).put("size", 100);
        }
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        highlight.putObject("fields").putObject("descriptionSegmented")
                .put("fragment_size", 160).put("number_of_fragments", 1).put("no_match_size", 160);
        return body;
    }

    private static void terms(ArrayNode filter, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode list = filter.addObject().putObject("terms").putArray(field);
            values.forEach(list::add);
        }
    }

    private static void term(ArrayNode filter, String field, String value) {
        if (value != null && !value.isBlank()) {
            filter.addObject().putObject("term").put(field, value);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }

    private JsonNode send(ObjectNode body) {
        var request = Requests.builder().method("POST").endpoint("/" + alias + "/_search").json(body.toString()).build();
        try (Response response = client.generic().execute(request)) {
            String text = response.getBody().map(Body::bodyAsString).orElse("{}");
            if (response.getStatus() == 404) {
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
