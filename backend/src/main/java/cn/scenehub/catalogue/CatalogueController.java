package cn.scenehub.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.scenehub.common.web.ApiException;
import cn.scenehub.search.catalogue.CatalogueResult;
import cn.scenehub.search.catalogue.ProviderQuery;
import cn.scenehub.search.catalogue.ProviderSearch;
import cn.scenehub.search.catalogue.ScenarioQuery;
import cn.scenehub.search.catalogue.ScenarioSearch;
import cn.scenehub.taxonomy.TaxonomyKind;
import cn.scenehub.taxonomy.TaxonomyLookup;
import cn.scenehub.taxonomy.TaxonomyTerm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The public catalogue: published scenarios and listed providers, with full-text search, filters, facets. */
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

    CatalogueController(ScenarioSearch search, ProviderSearch providerSearch, TaxonomyLookup taxonomy) {
        this.search = search;
        this.providerSearch = providerSearch;
        this.taxonomy = taxonomy;
    }

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
                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        requireWindow(page, size);
        ScenarioQuery query = new ScenarioQuery(q, year, batch,
                codes(TaxonomyKind.CATEGORY, category, "category"), names(mode, "mode"),
                codes(TaxonomyKind.INDUSTRY, industry, "industry"), chain, codes(TaxonomyKind.REGION, region, "region"),
                budgetMin, budgetMax, status == null ? null : status.toUpperCase(Locale.ROOT), sort(sort), page, size);
        CatalogueResult result = search.search(query);
        List<CatalogueResponse.Item> items = result.hits().stream().map(h -> item(h.source(), h.snippet())).toList();
        return new CatalogueResponse<>(result.total(), items, named(result));
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
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        requireWindow(page, size);
        List<String> serving = List.of();
        if (region != null && !region.isBlank()) {
            String code = codes(TaxonomyKind.REGION, List.of(region), "region").get(0);
            serving = List.of(code, code.substring(0, 4) + "00", code.substring(0, 2) + "0000");
        }
        CatalogueResult result = providerSearch.search(new ProviderQuery(q, codes(TaxonomyKind.CATEGORY, category, "category"),
                codes(TaxonomyKind.INDUSTRY, industry, "industry"), techTag, serving, platformType, maturityLevel, page, size));
        List<CatalogueResponse.ProviderItem> items = result.hits().stream().map(h -> providerItem(h.source(), h.snippet())).toList();
        return new CatalogueResponse<>(result.total(), items, named(result));
    }

    /** Pages reach the first 10,000 hits; deeper paging (search_after) is still to come. */
    private static void requireWindow(int page, int size) {
        if ((long) (page + 1) * size > 10_000) {
            throw ApiException.badField("page", "最多显示前 10000 条结果，请缩小范围 (only the first 10,000 results can be paged)");
        }
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
