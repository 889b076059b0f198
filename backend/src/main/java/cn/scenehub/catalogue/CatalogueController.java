package cn.scenehub.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.scenehub.common.web.ApiException;
import cn.scenehub.search.catalogue.CatalogueResult;
import cn.scenehub.search.catalogue.MatrixResult;
import cn.scenehub.search.catalogue.ProviderQuery;
import cn.scenehub.search.catalogue.ProviderSearch;
import cn.scenehub.search.catalogue.ScenarioQuery;
import cn.scenehub.search.catalogue.ScenarioSearch;
import cn.scenehub.search.suggest.SuggestIndex;
import cn.scenehub.taxonomy.TaxonomyKind;
import cn.scenehub.taxonomy.TaxonomyLookup;
import cn.scenehub.taxonomy.TaxonomyTerm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The public catalogue: published scenarios and listed providers, with full-text search, filters,
 * facets and cursors for deep pages; the scenario matrix, similar scenarios, search-box completions.
 */
@Controller("/api/v1/catalogue")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class CatalogueController {

    /** Index fields → the facet names of the API contract. */
    private static final Map<String, String> FACET_NAMES = Map.of("category", "category", "modes", "mode",
            "industryCode", "industry", "region", "region", "year", "year", "categories", "category",
            "industries", "industry", "platformType", "platformType", "maturityLevel", "maturityLevel");

    private final ScenarioSearch search;
    private final ProviderSearch providerSearch;
    private final TaxonomyLookup taxonomy;
    private final SuggestIndex suggestions;
    private final CatalogueCache cache;

    CatalogueController(ScenarioSearch search, ProviderSearch providerSearch, TaxonomyLookup taxonomy,
                        SuggestIndex suggestions, CatalogueCache cache) {
        this.search = search;
        this.providerSearch = providerSearch;
        this.taxonomy = taxonomy;
        this.suggestions = suggestions;
        this.cache = cache;
    }

    /** A matrix request, as the cache's key. */
    private record MatrixRequest(ScenarioQuery query, String rows, String cols) {
    }

    /** Matrix axes of the API → index fields. */
    private static final Map<String, String> AXES = Map.of("chain", "industryChain", "category", "category",
            "region", "region", "industry", "industryCode", "mode", "modes");

    @Get("/scenarios")
    CatalogueResponse<CatalogueResponse.Item> scenarios(@Nullable @QueryValue @Size(max = 200) String q,
                                @Nullable @QueryValue Integer year,
                                @Nullable @QueryValue String batch,
                                @Nullable @QueryValue List<String> category,
                                @Nullable @QueryValue List<String> mode,
                                @Nullable @QueryValue List<String> industry,
                                @Nullable @QueryValue String chain,
                                @Nullable @QueryValue List<String> region,
                                @Nullable @QueryValue @PositiveOrZero Long budgetMin,
                                @Nullable @QueryValue @PositiveOrZero Long budgetMax,
                                @Nullable @QueryValue String status,
                                @Nullable @QueryValue String sort,
                                @QueryValue(defaultValue = "0") @Min(0) @Max(499) int page,
                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
                                @Nullable @QueryValue @Size(max = 400) String cursor,
                                @Nullable @Header("Cache-Control") String cacheControl) {
        ScenarioQuery query = scenarioQuery(q, year, batch, category, mode, industry, chain, region, budgetMin,
                budgetMax, status, sort(sort), page, size, cursor);
        return cache.get(query, noCache(cacheControl), () -> {
            CatalogueResult result = withCursor(() -> search.search(query));
            List<CatalogueResponse.Item> items = result.hits().stream().map(h -> item(h.source(), h.snippet())).toList();
            return new CatalogueResponse<>(result.total(), items, named(result), result.nextCursor());
        });
    }

    /**
     * How many matching scenarios fall in each pair of two dimensions (chain, category, region,
     * industry, mode), with the catalogue search's filters: the portal's 场景图谱.
     */
    @Get("/scenarios/matrix")
    CatalogueResponse.Matrix matrix(@QueryValue(defaultValue = "chain") String rows,
                                    @QueryValue(defaultValue = "category") String cols,
                                    @Nullable @QueryValue @Size(max = 200) String q,
                                    @Nullable @QueryValue Integer year,
                                    @Nullable @QueryValue String batch,
                                    @Nullable @QueryValue List<String> category,
                                    @Nullable @QueryValue List<String> mode,
                                    @Nullable @QueryValue List<String> industry,
                                    @Nullable @QueryValue String chain,
                                    @Nullable @QueryValue List<String> region,
                                    @Nullable @QueryValue @PositiveOrZero Long budgetMin,
                                    @Nullable @QueryValue @PositiveOrZero Long budgetMax,
                                    @Nullable @QueryValue String status,
                                    @Nullable @Header("Cache-Control") String cacheControl) {
        String rowField = axis("rows", rows);
        String colField = axis("cols", cols);
        if (rowField.equals(colField)) {
            throw ApiException.badField("cols", "行与列须是不同的维度 (rows and cols must differ)");
        }
        ScenarioQuery query = scenarioQuery(q, year, batch, category, mode, industry, chain, region, budgetMin,
                budgetMax, status, null, 0, 0, null);
        return cache.get(new MatrixRequest(query, rowField, colField), noCache(cacheControl), () -> {
            MatrixResult result = search.matrix(query, rowField, colField);
            return new CatalogueResponse.Matrix(result.total(), axisKeys(rowField, result.rows()),
                    axisKeys(colField, result.cols()), result.cells().stream()
                    .map(c -> new CatalogueResponse.Cell(c.row(), c.col(), c.count())).toList());
        });
    }

    /** Published scenarios like this one (itself left out); 404 when it is not public. */
    @Get("/scenarios/{id}/similar")
    CatalogueResponse.Items similar(long id, @QueryValue(defaultValue = "5") @Min(1) @Max(20) int size) {
        List<CatalogueResult.Hit> hits = search.similar(id, size).orElseThrow(() -> ApiException.notFound("场景 " + id));
        return new CatalogueResponse.Items(hits.stream().map(h -> item(h.source(), h.snippet())).toList());
    }

    /**
     * Completions for the search box by prefix, full pinyin or pinyin initials (szls → 数字孪生):
     * dictionary terms, published scenario titles, listed provider names.
     */
    @Get("/suggest")
    CatalogueResponse.Suggestions suggest(@Nullable @QueryValue @Size(max = 50) String q,
                                          @QueryValue(defaultValue = "10") @Min(1) @Max(20) int size) {
        if (q == null || q.isBlank()) {
            return new CatalogueResponse.Suggestions(List.of());
        }
        return new CatalogueResponse.Suggestions(suggestions.suggest(q, size).stream()
                .map(s -> new CatalogueResponse.SuggestItem(s.text(), s.kind(), s.id())).toList());
    }

    /** Listed providers: search, filters, facets. {@code region} finds providers serving it. */
    @Get("/providers")
    CatalogueResponse<CatalogueResponse.ProviderItem> providers(
            @Nullable @QueryValue @Size(max = 200) String q,
            @Nullable @QueryValue List<String> category,
            @Nullable @QueryValue List<String> industry,
            @Nullable @QueryValue List<String> techTag,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue List<String> platformType,
            @Nullable @QueryValue List<@Min(1) @Max(3) Integer> maturityLevel,
            @QueryValue(defaultValue = "0") @Min(0) @Max(499) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
            @Nullable @QueryValue @Size(max = 400) String cursor,
            @Nullable @Header("Cache-Control") String cacheControl) {
        List<String> serving = List.of();
        if (region != null && !region.isBlank()) {
            String code = codes(TaxonomyKind.REGION, List.of(region), "region").get(0);
            serving = List.of(code, code.substring(0, 4) + "00", code.substring(0, 2) + "0000");
        }
        ProviderQuery query = new ProviderQuery(q, codes(TaxonomyKind.CATEGORY, category, "category"),
                codes(TaxonomyKind.INDUSTRY, industry, "industry"), techTag, serving, platformType, maturityLevel,
                page, size, cursor);
        return cache.get(query, noCache(cacheControl), () -> {
            CatalogueResult result = withCursor(() -> providerSearch.search(query));
            List<CatalogueResponse.ProviderItem> items = result.hits().stream()
                    .map(h -> providerItem(h.source(), h.snippet())).toList();
            return new CatalogueResponse<>(result.total(), items, named(result), result.nextCursor());
        });
    }

    /** A client asking past caches ({@code Cache-Control: no-cache}, e.g. a hard reload) gets a new search. */
    private static boolean noCache(@Nullable String cacheControl) {
        return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
    }

    private ScenarioQuery scenarioQuery(@Nullable String q, @Nullable Integer year, @Nullable String batch,
                                        @Nullable List<String> category, @Nullable List<String> mode,
                                        @Nullable List<String> industry, @Nullable String chain,
                                        @Nullable List<String> region, @Nullable Long budgetMin,
                                        @Nullable Long budgetMax, @Nullable String status,
                                        @Nullable ScenarioQuery.Sort sort, int page, int size, @Nullable String cursor) {
        // Records keep a chain's name (a known chain's canonical one); its slug or a variant finds it too.
        String chainName = chain == null || chain.isBlank() ? null
                : taxonomy.resolve(TaxonomyKind.CHAIN, chain).map(TaxonomyTerm::name).orElse(chain.trim());
        return new ScenarioQuery(q, year, batch, codes(TaxonomyKind.CATEGORY, category, "category"), names(mode, "mode"),
                codes(TaxonomyKind.INDUSTRY, industry, "industry"), chainName, codes(TaxonomyKind.REGION, region, "region"),
                budgetMin, budgetMax, status == null ? null : status.toUpperCase(Locale.ROOT), sort, page, size, cursor);
    }

    /** A cursor that is not a nextCursor of this search is the client's mistake, named as such. */
    private static CatalogueResult withCursor(java.util.function.Supplier<CatalogueResult> search) {
        try {
            return search.get();
        } catch (IllegalArgumentException e) {
            if ("cursor".equals(e.getMessage())) {
                throw ApiException.badField("cursor", "无效的翻页游标，请使用上一页返回的 nextCursor (not a nextCursor of this search)");
            }
            throw e;
        }
    }

    private static String axis(String field, String value) {
        String indexField = AXES.get(value.toLowerCase(Locale.ROOT));
        if (indexField == null) {
            throw ApiException.badField(field, "只能是 chain、category、region、industry 或 mode");
        }
        return indexField;
    }

    /** Axis keys with their names; the fixed vocabularies (categories, modes) in their own order. */
    private List<CatalogueResponse.AxisKey> axisKeys(String field, List<CatalogueResult.Bucket> buckets) {
        List<CatalogueResponse.AxisKey> keys = new ArrayList<>(buckets.stream()
                .map(b -> new CatalogueResponse.AxisKey(b.key(), facetName(field, b.key()), b.count())).toList());
        TaxonomyKind ordered = switch (field) {
            case "category" -> TaxonomyKind.CATEGORY;
            case "modes" -> TaxonomyKind.MODE;
            default -> null;
        };
        if (ordered != null) {
            keys.sort(java.util.Comparator.comparingInt(k -> taxonomy.resolve(ordered, k.key())
                    .map(TaxonomyTerm::position).orElse(Integer.MAX_VALUE)));
        }
        return keys;
    }

    private Map<String, List<CatalogueResponse.Facet>> named(CatalogueResult result) {
        Map<String, List<CatalogueResponse.Facet>> facets = new LinkedHashMap<>();
        result.facets().forEach((field, buckets) -> facets.put(FACET_NAMES.getOrDefault(field, field), buckets.stream()
                .map(b -> new CatalogueResponse.Facet(b.key(), facetName(field, b.key()), b.count())).toList()));
        return facets;
    }

    private String facetName(String field, String key) {
        return switch (field) {
            case "category", "categories" -> name(TaxonomyKind.CATEGORY, key);
            case "industryChain" -> taxonomy.resolve(TaxonomyKind.CHAIN, key).map(TaxonomyTerm::name).orElse(key);
            case "industryCode", "industries" -> name(TaxonomyKind.INDUSTRY, key);
            case "maturityLevel" -> key + "级";
            case "region" -> name(TaxonomyKind.REGION, key);
            case "year" -> key + "年";
            default -> key;
        };
    }

    private String name(TaxonomyKind kind, String code) {
        return taxonomy.resolve(kind, code).map(TaxonomyTerm::name).orElse(code);
    }

    private List<String> codes(TaxonomyKind kind, @Nullable List<String> values, String field) {
        List<String> codes = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            codes.add(taxonomy.resolve(kind, value).map(TaxonomyTerm::code)
                    .orElseThrow(() -> ApiException.badField(field, "未知的取值：" + value)));
        }
        return codes;
    }

    private List<String> names(@Nullable List<String> modes, String field) {
        List<String> names = new ArrayList<>();
        for (String value : modes == null ? List.<String>of() : modes) {
            names.add(taxonomy.resolve(TaxonomyKind.MODE, value).map(TaxonomyTerm::name)
                    .orElseThrow(() -> ApiException.badField(field, "未知的应用模式：" + value)));
        }
        return names;
    }

    private static ScenarioQuery.Sort sort(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> ScenarioQuery.Sort.RELEVANCE;
            case "newest" -> ScenarioQuery.Sort.NEWEST;
            case "budget" -> ScenarioQuery.Sort.BUDGET_DESC;
            default -> throw ApiException.badField("sort", "只能是 relevance、newest 或 budget");
        };
    }

    @SuppressWarnings("unchecked")
    private static CatalogueResponse.ProviderItem providerItem(Map<String, Object> s, String snippet) {
        Object level = s.get("maturityLevel");
        return new CatalogueResponse.ProviderItem(((Number) s.get("id")).longValue(), (String) s.get("externalId"),
                (String) s.get("name"), snippet, (String) s.get("region"), (String) s.get("platformType"),
                level == null ? null : ((Number) level).intValue(), (List<String>) s.getOrDefault("categories", List.of()),
                (List<String>) s.getOrDefault("industries", List.of()), (List<String>) s.getOrDefault("techTags", List.of()),
                (List<String>) s.getOrDefault("serviceRegions", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static CatalogueResponse.Item item(Map<String, Object> s, String snippet) {
        return new CatalogueResponse.Item(((Number) s.get("id")).longValue(), (String) s.get("externalId"),
                (String) s.get("title"), snippet, (String) s.get("enterpriseName"), (String) s.get("region"),
                (String) s.get("industryCode"), (String) s.get("category"), (List<String>) s.get("modes"),
                ((Number) s.get("year")).intValue(), (String) s.get("batch"), (String) s.get("status"),
                (List<String>) s.getOrDefault("techTags", List.of()));
    }
}
