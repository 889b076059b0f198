package cn.scenehub.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.scenehub.organization.Organization;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.Synonyms;
import cn.scenehub.search.suggest.SuggestIndex;
import cn.scenehub.search.suggest.Suggestion;

/**
 * The documents of the public catalogue. Only public fields go in: never contact data,
 * confidential notes or credit codes. Text is stored segmented by the industrial segmenter.
 */
final class CatalogueDocuments {

    static {
        Synonyms.get(); // synonym terms join the dictionary before any text is segmented
    }

    private static final IndustrialSegmenter SEGMENTER = IndustrialSegmenter.get();

    private CatalogueDocuments() {
    }

    static Map<String, Object> scenario(Scenario s, Organization enterprise) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", s.getId());
        doc.put("externalId", s.getExternalId());
        doc.put("year", s.getYear());
        doc.put("batch", s.getBatch());
        doc.put("title", s.getTitle());
        doc.put("titleSegmented", SEGMENTER.segment(s.getTitle()));
        doc.put("description", s.getDescription());
        doc.put("descriptionSegmented", SEGMENTER.segment(s.getDescription()));
        doc.put("enterpriseName", enterprise.name());
        doc.put("category", s.getCategory());
        doc.put("modes", s.getModes());
        doc.put("industryCode", s.getIndustryCode());
        doc.put("industryChain", s.getIndustryChain());
        doc.put("region", s.getRegionCode());
        doc.put("techTags", s.getTechTags());
        doc.put("techTagsSegmented", SEGMENTER.segment(String.join(" ", s.getTechTags())));
        doc.put("partsSegmented", SEGMENTER.parts(s.getTitle() + "\n" + String.join(" ", s.getTechTags()) + "\n" + s.getDescription()));
        doc.put("budgetMin", s.getBudgetMin());
        doc.put("budgetMax", s.getBudgetMax());
        doc.put("status", s.getStatus().name());
        doc.put("publishedAt", s.getPublishedAt() == null ? null : s.getPublishedAt().toString());
        return doc;
    }

    static Map<String, Object> provider(ProviderProfile p, Organization o) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", o.id());
        doc.put("externalId", p.externalId());
        doc.put("name", o.name());
        doc.put("nameSegmented", SEGMENTER.segment(o.name()));
        doc.put("region", o.regionCode());
        doc.put("description", p.description());
        doc.put("descriptionSegmented", SEGMENTER.segment(p.description()));
        doc.put("platformType", p.platformType());
        doc.put("maturityLevel", p.maturityLevel());
        doc.put("categories", p.capabilities().stream().map(c -> c.category()).distinct().toList());
        doc.put("modes", distinct(p.capabilities().stream().flatMap(c -> orEmpty(c.modes()).stream())));
        doc.put("industries", distinct(p.capabilities().stream().flatMap(c -> orEmpty(c.industries()).stream())));
        doc.put("techTags", distinct(p.capabilities().stream().flatMap(c -> orEmpty(c.techTags()).stream())));
        doc.put("capabilitiesSegmented", SEGMENTER.segment(String.join("\n", p.capabilities().stream()
                .map(c -> String.join(" ", orEmpty(c.techTags())) + " " + (c.description() == null ? "" : c.description()))
                .toList())));
        doc.put("casesSegmented", SEGMENTER.segment(String.join("\n", p.cases().stream()
                .map(c -> c.title() + " " + (c.description() == null ? "" : c.description())).toList())));
        doc.put("caseIndustries", distinct(p.cases().stream().map(c -> c.industryCode()).filter(java.util.Objects::nonNull)));
        doc.put("productsSegmented", SEGMENTER.segment(String.join("\n", p.products().stream()
                .map(x -> x.name() + " " + (x.description() == null ? "" : x.description())).toList())));
        doc.put("partsSegmented", SEGMENTER.parts(String.join("\n", o.name(), (String) doc.get("capabilitiesSegmented"),
                (String) doc.get("casesSegmented"), (String) doc.get("productsSegmented"), p.description())));
        doc.put("serviceRegions", p.serviceRegions());
        doc.put("listedAt", p.listedAt() == null ? null : p.listedAt().toString());
        return doc;
    }

    static String scenarioSuggestionId(long id) {
        return SuggestIndex.id(Suggestion.SCENARIO, id);
    }

    static Map<String, Object> scenarioSuggestion(Scenario s) {
        return SuggestIndex.scenario(s.getId(), s.getTitle());
    }

    static String providerSuggestionId(long id) {
        return SuggestIndex.id(Suggestion.PROVIDER, id);
    }

    static Map<String, Object> providerSuggestion(Organization o) {
        return SuggestIndex.provider(o.id(), o.name());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> distinct(Stream<String> values) {
        return values.distinct().toList();
    }
}
