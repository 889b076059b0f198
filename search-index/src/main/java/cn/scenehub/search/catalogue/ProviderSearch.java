package cn.scenehub.search.catalogue;

import java.util.List;
import java.util.Set;

import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.index.IndexLayout;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Searches the listed provider pool: what providers can do (capabilities, products, cases)
 * weighs more than how they describe themselves.
 */
public final class ProviderSearch {

    public static final List<String> FACETS = List.of("categories", "industries", "region", "platformType", "maturityLevel");
    private static final List<SearchRequests.WeightedField> TEXT = List.of(
            new SearchRequests.WeightedField("capabilitiesSegmented", 3),
            new SearchRequests.WeightedField("nameSegmented", 2),
            new SearchRequests.WeightedField("productsSegmented", 1.5),
            new SearchRequests.WeightedField("casesSegmented", 1.5),
            new SearchRequests.WeightedField("descriptionSegmented", 1));

    private final SearchRequests requests;

    public ProviderSearch(OpenSearchClient client, IndexLayout layout) {
        this.requests = new SearchRequests(client, layout.aliasOf(IndexDefinition.PROVIDERS));
    }

    public CatalogueResult search(ProviderQuery query) {
        ObjectNode body = requests.page(query.page(), query.size(), List.of("id", "externalId", "name", "region",
                "description", "platformType", "maturityLevel", "categories", "modes", "industries", "techTags",
                "serviceRegions"));
        ObjectNode bool = body.putObject("query").putObject("bool");
        List<Set<String>> words = query.q() == null || query.q().isBlank() ? List.of() : QueryText.alternatives(query.q());
        requests.text(bool, words, TEXT);
        ArrayNode filter = bool.putArray("filter");
        SearchRequests.terms(filter, "categories", query.categories());
        SearchRequests.terms(filter, "industries", query.industries());
        SearchRequests.terms(filter, "techTags", query.techTags());
        SearchRequests.terms(filter, "platformType", query.platformTypes());
        SearchRequests.terms(filter, "maturityLevel", query.maturityLevels() == null ? null
                : query.maturityLevels().stream().map(String::valueOf).toList());
        if (query.serving() != null && !query.serving().isEmpty()) {
            ObjectNode either = filter.addObject().putObject("bool");
            ArrayNode should = either.putArray("should");
            SearchRequests.terms(should, "region", query.serving());
            SearchRequests.terms(should, "serviceRegions", query.serving());
            either.put("minimum_should_match", 1);
        }
        requests.sort(body, words.isEmpty() ? "listedAt" : null);
        requests.facets(body, FACETS);
        requests.highlight(body, "capabilitiesSegmented");
        return requests.send(body, "capabilitiesSegmented", "description", FACETS);
    }
}
