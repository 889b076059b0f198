package cn.scenehub.search.catalogue;

import java.util.List;

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
            new SearchRequests.WeightedField("descriptionSegmented", 1),
            new SearchRequests.WeightedField("partsSegmented", 0.5));

    private final SearchRequests requests;

    public ProviderSearch(OpenSearchClient client, IndexLayout layout) {
        this.requests = new SearchRequests(client, layout.aliasOf(IndexDefinition.PROVIDERS));
    }

    /**
     * A page of matches.
     *
     * @throws IllegalArgumentException ("cursor") for a cursor that is not a {@code nextCursor} of this order
     */
    public CatalogueResult search(ProviderQuery query) {
        List<QueryText.Word> words = query.q() == null || query.q().isBlank() ? List.of() : QueryText.alternatives(query.q());
        CatalogueResult result = search(query, words, SearchRequests.STRICT);
        return result.total() == 0 && SearchRequests.relaxable(words) ? search(query, words, SearchRequests.RELAXED) : result;
    }

    private CatalogueResult search(ProviderQuery query, List<QueryText.Word> words, String minimumShouldMatch) {
        ObjectNode body = requests.body(query.size(), List.of("id", "externalId", "name", "region",
                "description", "platformType", "maturityLevel", "categories", "modes", "industries", "techTags",
                "serviceRegions"));
        ObjectNode bool = body.putObject("query").putObject("bool");
        SearchRequests.text(bool, minimumShouldMatch.equals(SearchRequests.RELAXED) ? QueryText.relaxed(words) : words,
                TEXT, minimumShouldMatch);
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
        SearchRequests.sort(body, words.isEmpty() ? "listedAt" : null);
        SearchRequests.facets(body, FACETS);
        SearchRequests.highlight(body, "capabilitiesSegmented");
        return requests.send(body, SearchRequests.Paging.of(query.page(), query.size(), query.cursor()),
                words.isEmpty() ? "NEWEST" : "RELEVANCE", "capabilitiesSegmented", "description", FACETS);
    }
}
