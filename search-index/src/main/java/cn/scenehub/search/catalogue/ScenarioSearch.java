package cn.scenehub.search.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.index.IndexLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Searches the public scenario catalogue: each query word with its synonyms, weighted title >
 * techniques > description; filters; facets; a highlighted snippet from the description. Also
 * counts matches by two dimensions (the catalogue's matrix) and finds scenarios like a given one.
 */
public final class ScenarioSearch {

    /** Facets the catalogue shows, by index field. */
    public static final List<String> FACETS = List.of("category", "modes", "industryCode", "region", "year");
    /** Index fields the matrix may count by. */
    public static final List<String> MATRIX_FIELDS = List.of("industryChain", "category", "region", "industryCode", "modes");
    /**
     * The fields a search reads back. Not the description: the highlight brings its snippet (its
     * opening when no word matched), and leaving the long text out makes every answer smaller to
     * fetch, send and parse.
     */
    private static final List<String> SOURCE = List.of("id", "externalId", "title",
            "enterpriseName", "region", "industryCode", "industryChain", "category", "modes", "year", "batch",
            "status", "publishedAt", "techTags");
    /** Similar scenarios are not highlighted: their snippet is the description's opening. */
    private static final List<String> SIMILAR_SOURCE = Stream.concat(SOURCE.stream(),
            Stream.of("description")).toList();
    private static final List<SearchRequests.WeightedField> TEXT = List.of(
            new SearchRequests.WeightedField("titleSegmented", 3),
            new SearchRequests.WeightedField("techTagsSegmented", 2),
            new SearchRequests.WeightedField("descriptionSegmented", 1),
            new SearchRequests.WeightedField("partsSegmented", 0.5));
    private static final int MATRIX_KEYS = 200;
    /**
     * Words nearly every scenario title has (…系统建设, …智能化改造, …平台): they say nothing about
     * what a scenario is about, so they do not make another one similar.
     */
    private static final Set<String> TITLE_BOILERPLATE = Set.of("系统", "平台", "建设", "管理", "应用", "项目",
            "智能", "智能化", "数字化", "信息化", "一体化", "改造", "提升", "优化", "升级", "实施", "方案",
            "解决方案", "服务", "技术", "开发", "车间", "工厂", "企业", "公司", "产品", "生产", "全厂", "工业");

    private final SearchRequests requests;

    public ScenarioSearch(OpenSearchClient client, IndexLayout layout) {
        this.requests = new SearchRequests(client, layout.aliasOf(IndexDefinition.SCENARIOS));
    }

    /**
     * A page of matches.
     *
     * @throws IllegalArgumentException ("cursor") for a cursor that is not a {@code nextCursor} of this order
     */
    public CatalogueResult search(ScenarioQuery query) {
        Built built = requestBody(query, SearchRequests.STRICT);
        CatalogueResult result = requests.send(built.body(), SearchRequests.Paging.of(query.page(), query.size(),
                query.cursor()), built.order().name(), "descriptionSegmented", "description", FACETS);
        if (result.total() == 0 && built.relaxable()) {
            built = requestBody(query, SearchRequests.RELAXED);
            result = requests.send(built.body(), SearchRequests.Paging.of(query.page(), query.size(), query.cursor()),
                    built.order().name(), "descriptionSegmented", "description", FACETS);
        }
        return result;
    }

    /**
     * The body {@link #search} sends for a first page or a page within the first 10,000 hits,
     * as JSON: for measuring OpenSearch alone on exactly the catalogue's requests.
     */
    public String requestJson(ScenarioQuery query) {
        ObjectNode body = requestBody(query, SearchRequests.STRICT).body();
        body.put("from", query.page() * query.size());
        return body.toString();
    }

    /**
     * The body of the relaxed second try {@link #search} sends when the first finds nothing, or
     * null when the query has none.
     */
    public String relaxedRequestJson(ScenarioQuery query) {
        if (!requestBody(query, SearchRequests.STRICT).relaxable()) {
            return null;
        }
        ObjectNode body = requestBody(query, SearchRequests.RELAXED).body();
        body.put("from", query.page() * query.size());
        return body.toString();
    }

    private record Built(ObjectNode body, ScenarioQuery.Sort order, boolean relaxable) {
    }

    private Built requestBody(ScenarioQuery query, String minimumShouldMatch) {
        ObjectNode body = requests.body(query.size(), SOURCE);
        List<QueryText.Word> words = filtered(body, query, minimumShouldMatch);
        boolean text = !words.isEmpty();
        ScenarioQuery.Sort order = query.sort() != null ? query.sort()
                : text ? ScenarioQuery.Sort.RELEVANCE : ScenarioQuery.Sort.NEWEST;
        SearchRequests.sort(body, switch (order) {
            case RELEVANCE -> null;
            case NEWEST -> "publishedAt";
            case BUDGET_DESC -> "budgetMax";
        });
        SearchRequests.facets(body, FACETS);
        SearchRequests.highlight(body, "descriptionSegmented");
        return new Built(body, order, minimumShouldMatch.equals(SearchRequests.STRICT) && SearchRequests.relaxable(words));
    }

    /** How many matches fall in each pair of values of two fields (of {@link #MATRIX_FIELDS}). */
    public MatrixResult matrix(ScenarioQuery query, String rowField, String colField) {
        if (!MATRIX_FIELDS.contains(rowField) || !MATRIX_FIELDS.contains(colField)) {
            throw new IllegalArgumentException("matrix fields must be among " + MATRIX_FIELDS);
        }
        ObjectNode body = SearchRequests.JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        filtered(body, query, SearchRequests.STRICT);
        ObjectNode aggs = body.putObject("aggs");
        ObjectNode rows = aggs.putObject("rows");
        rows.putObject("terms").put("field", rowField).put("size", MATRIX_KEYS);
        rows.putObject("aggs").putObject("cols").putObject("terms").put("field", colField).put("size", MATRIX_KEYS);
        aggs.putObject("cols").putObject("terms").put("field", colField).put("size", MATRIX_KEYS);
        JsonNode response = requests.execute(body);
        List<CatalogueResult.Bucket> rowKeys = new ArrayList<>();
        List<MatrixResult.Cell> cells = new ArrayList<>();
        for (JsonNode row : response.path("aggregations").path("rows").path("buckets")) {
            String key = row.path("key").asText();
            rowKeys.add(new CatalogueResult.Bucket(key, row.path("doc_count").asLong()));
            for (JsonNode col : row.path("cols").path("buckets")) {
                cells.add(new MatrixResult.Cell(key, col.path("key").asText(), col.path("doc_count").asLong()));
            }
        }
        List<CatalogueResult.Bucket> colKeys = new ArrayList<>();
        for (JsonNode col : response.path("aggregations").path("cols").path("buckets")) {
            colKeys.add(new CatalogueResult.Bucket(col.path("key").asText(), col.path("doc_count").asLong()));
        }
        return new MatrixResult(response.path("hits").path("total").path("value").asLong(), rowKeys, colKeys, cells);
    }

    /**
     * Up to {@code size} public scenarios most like the one with {@code id}, itself left out;
     * empty when that scenario is not public. What it is about (its title and techniques, each
     * word with its synonyms, as the search reads a query) weighs most, then its description's
     * characteristic words (more_like_this on the segmented text); the same category and
     * industry multiply the score.
     */
    public Optional<List<CatalogueResult.Hit>> similar(long id, int size) {
        JsonNode doc = requests.call("GET", "/" + requests.alias() + "/_doc/" + id, null);
        if (!doc.path("found").asBoolean(false)) {
            return Optional.empty();
        }
        JsonNode source = doc.path("_source");
        StringBuilder about = new StringBuilder(source.path("title").asText());
        source.path("techTags").forEach(tag -> about.append(' ').append(tag.asText()));
        ObjectNode body = requests.body(size, SIMILAR_SOURCE);
        body.put("track_total_hits", false);
        ObjectNode scored = body.putObject("query").putObject("function_score");
        ObjectNode bool = scored.putObject("query").putObject("bool");
        ObjectNode alike = bool.putArray("must").addObject().putObject("bool");
        ArrayNode should = alike.putArray("should");
        for (QueryText.Word word : QueryText.alternatives(about.toString())) {
            if (!word.slight() && !TITLE_BOILERPLATE.contains(word.forms().iterator().next())) {
                SearchRequests.anyForm(should, word, TEXT);
            }
        }
        ObjectNode mlt = should.addObject().putObject("more_like_this");
        mlt.putArray("fields").add("descriptionSegmented");
        mlt.putArray("like").addObject().put("_index", doc.path("_index").asText()).put("_id", String.valueOf(id));
        mlt.put("min_term_freq", 1).put("min_doc_freq", 1).put("max_query_terms", 25)
                .put("minimum_should_match", "1").put("boost", 0.5);
        alike.put("minimum_should_match", 1);
        bool.putArray("must_not").addObject().putObject("ids").putArray("values").add(String.valueOf(id));
        // The same category doubles a score, the same industry adds a third: multiplied, so they
        // weigh alike whatever the size of the text scores.
        ArrayNode functions = scored.putArray("functions");
        for (String field : List.of("category", "industryCode")) {
            if (source.hasNonNull(field)) {
                ObjectNode function = functions.addObject();
                function.putObject("filter").putObject("term").put(field, source.path(field).asText());
                function.put("weight", "category".equals(field) ? 2.0 : 1.3);
            }
        }
        scored.put("score_mode", "multiply").put("boost_mode", "multiply");
        SearchRequests.sort(body, null);
        List<CatalogueResult.Hit> hits = new ArrayList<>();
        for (JsonNode hit : requests.execute(body).path("hits").path("hits")) {
            hits.add(requests.hit(hit, null, "description"));
        }
        return Optional.of(hits);
    }

    /** The query and filters into {@code body}; answers the query's words. */
    private static List<QueryText.Word> filtered(ObjectNode body, ScenarioQuery query, String minimumShouldMatch) {
        ObjectNode bool = body.putObject("query").putObject("bool");
        List<QueryText.Word> words = query.q() == null || query.q().isBlank() ? List.of() : QueryText.alternatives(query.q());
        SearchRequests.text(bool, minimumShouldMatch.equals(SearchRequests.RELAXED) ? QueryText.relaxed(words) : words,
                TEXT, minimumShouldMatch);
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
        return words;
    }
}
