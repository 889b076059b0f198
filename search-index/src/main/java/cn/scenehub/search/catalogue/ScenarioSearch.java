package cn.scenehub.search.catalogue;

import java.util.List;
import java.util.Set;

import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.index.IndexLayout;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Searches the public scenario catalogue: each query word with its synonyms, weighted title >
 * techniques > description; filters; facets; a highlighted snippet from the description.
 */
public final class ScenarioSearch {

    /** Facets the catalogue shows, by index field. */
    public static final List<String> FACETS = List.of("category", "modes", "industryCode", "region", "year");
    private static final List<SearchRequests.WeightedField> TEXT = List.of(
            new SearchRequests.WeightedField("titleSegmented", 3),
            new SearchRequests.WeightedField("techTagsSegmented", 2),
            new SearchRequests.WeightedField("descriptionSegmented", 1));

    private final SearchRequests requests;

    public ScenarioSearch(OpenSearchClient client, IndexLayout layout) {
        this.requests = new SearchRequests(client, layout.aliasOf(IndexDefinition.SCENARIOS));
    }

    public CatalogueResult search(ScenarioQuery query) {
        ObjectNode body = requests.page(query.page(), query.size(), List.of("id", "externalId", "title", "description",
                "enterpriseName", "region", "industryCode", "industryChain", "category", "modes", "year", "batch",
                "status", "publishedAt", "techTags"));
        ObjectNode bool = body.putObject("query").putObject("bool");
        List<Set<String>> words = query.q() == null || query.q().isBlank() ? List.of() : QueryText.alternatives(query.q());
        requests.text(bool, words, TEXT);
        ArrayNode filter = bool.putArray("filter");
        SearchRequests.terms(filter, "category", query.categories());
        SearchRequests.terms(filter, "modes", query.modes());
        SearchRequests.terms(filter, "industryCode", query.industries());
        SearchRequests.terms(filter, "region", query.regions());
        SearchRequests.term(filter, "year", query.year() == null ? null : query.year().toString());
        SearchRequests.term(filter, "batch", query.batch());
        SearchRequests.term(filter, "industryChain", query.chain());
        SearchRequests.term(filter, "status", query.status());
        if (query.budgetMin() != null) { // the scenario's budget reaches up to the asked minimum
            filter.addObject().putObject("range").putObject("budgetMax").put("gte", query.budgetMin());
        }
        if (query.budgetMax() != null) {
            filter.addObject().putObject("range").putObject("budgetMin").put("lte", query.budgetMax());
        }
        ScenarioQuery.Sort order = query.sort() != null ? query.sort()
                : words.isEmpty() ? ScenarioQuery.Sort.NEWEST : ScenarioQuery.Sort.RELEVANCE;
        requests.sort(body, switch (order) {
            case RELEVANCE -> null;
            case NEWEST -> "publishedAt";
            case BUDGET_DESC -> "budgetMax";
        });
        requests.facets(body, FACETS);
        requests.highlight(body, "descriptionSegmented");
        return requests.send(body, "descriptionSegmented", "description", FACETS);
    }
}
