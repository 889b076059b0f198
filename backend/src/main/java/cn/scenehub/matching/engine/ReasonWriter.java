package cn.scenehub.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.scenehub.provider.Capability;
import cn.scenehub.provider.Product;
import cn.scenehub.provider.ProviderCase;

/**
 * Writes a match's reasons in Chinese from what the score was made of. Each sentence states only
 * what the features show: a technique is named only if both sides contain it (or its synonym, or
 * a related technique, said so), an industry only if a capability or case lists it.
 */
public final class ReasonWriter {

    private static final String[] LEVELS = {"", "一级", "二级", "三级"};
    private static final int MAX_TECHNIQUES = 4;

    private final Places places;

    public ReasonWriter(Places places) {
        this.places = places;
    }

    public List<MatchReason> reasons(MatchIndex index, MatchableScenario scenario, PairScore pair) {
        PairFeatures f = pair.features();
        MatchableProvider p = pair.provider();
        List<MatchReason> reasons = new ArrayList<>();
        Capability capability = f.bestCapability() >= 0 ? p.capabilities().get(f.bestCapability()) : null;
        if (capability != null && (f.categoryFit() || f.capability() > 0.05)) {
            List<String> tags = ProviderEntry.nonNull(capability.techTags());
            String label = places.categoryName(capability.category());
            String text = tags.isEmpty() ? "能力: " + label : "能力: " + label + " · " + String.join("、", tags.subList(0, Math.min(3, tags.size())));
            reasons.add(new MatchReason("capability", text, evidence(capability)));
        }
        techniques(index, scenario, p, capability, f).ifPresent(reasons::add);
        industry(scenario, p, f).ifPresent(reasons::add);
        if (f.caseCoverage() >= 0.15 && f.bestCase() >= 0) {
            ProviderCase c = p.cases().get(f.bestCase());
            reasons.add(new MatchReason("evidence", "案例: " + c.title(), List.of(c.title())));
        }
        if (f.productCoverage() >= 0.15 && f.bestProduct() >= 0) {
            Product product = p.products().get(f.bestProduct());
            reasons.add(new MatchReason("evidence", "产品: " + product.name(), List.of(product.name())));
        }
        region(scenario, p, f).ifPresent(reasons::add);
        quality(p, f).ifPresent(reasons::add);
        return reasons;
    }

    private Optional<MatchReason> techniques(MatchIndex index, MatchableScenario scenario, MatchableProvider p,
                                                       Capability capability, PairFeatures f) {
        TermBag wanted = index.keyTerms(scenario);
        MatchText text = index.text();
        TermBag offered = new TermBag();
        if (capability != null) {
            ProviderEntry.nonNull(capability.techTags()).forEach(tag -> text.addTag(offered, tag, 1));
            text.addText(offered, capability.description(), 1);
        }
        if (f.bestCase() >= 0 && f.caseCoverage() >= 0.15) {
            ProviderCase c = p.cases().get(f.bestCase());
            text.addText(offered, c.title(), 1);
        }
        if (f.bestProduct() >= 0 && f.productCoverage() >= 0.15) {
            Product product = p.products().get(f.bestProduct());
            text.addText(offered, product.name(), 1);
            text.addText(offered, product.description(), 1);
        }
        List<Map.Entry<String, Float>> terms = new ArrayList<>(wanted.weights.entrySet());
        terms.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Set<String> phrases = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        for (Map.Entry<String, Float> e : terms) {
            String term = e.getKey();
            if (term.startsWith("#") || !offered.weights.containsKey(term) || phrases.size() >= MAX_TECHNIQUES) {
                continue;
            }
            String theirs = offered.surface(term);
            String via = wanted.relatedVia.get(term);
            if (via != null) {
                phrases.add(theirs + " 与 " + wanted.surface(via) + " 相关");
            } else {
                String ours = wanted.surface(term);
                phrases.add(ours.equalsIgnoreCase(theirs) ? ours : ours + " ≈ " + theirs + " (同义)");
            }
            evidence.add(theirs);
        }
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MatchReason("technique", "技术: " + String.join("；", phrases), evidence));
    }

    private Optional<MatchReason> industry(MatchableScenario scenario, MatchableProvider p, PairFeatures f) {
        if (f.industry() < IndustryProximity.CLOSE * 0.8 || f.industryOffered() == null) {
            return Optional.empty();
        }
        String name = places.industryName(f.industryOffered());
        boolean same = f.industryOffered().equals(scenario.industryCode());
        if (f.industryFromCase()) {
            List<String> titles = p.cases().stream()
                    .filter(c -> IndustryProximity.of(scenario.industryCode(), c.industryCode()) >= IndustryProximity.CLOSE)
                    .map(ProviderCase::title).toList();
            String prefix = same ? "行业经验: " : "相近行业经验: ";
            return Optional.of(new MatchReason("industry", prefix + name + " 案例 " + titles.size() + " 个", titles));
        }
        String prefix = same ? "服务行业: " : "服务相近行业: ";
        return Optional.of(new MatchReason("industry", prefix + name, List.of(f.industryOffered())));
    }

    private Optional<MatchReason> region(MatchableScenario scenario, MatchableProvider p, PairFeatures f) {
        String district = places.regionName(scenario.regionCode());
        if (f.outsideRegion()) {
            return Optional.of(new MatchReason("region", "服务区域不含 " + district, p.serviceRegions()));
        }
        if (!p.serviceRegions().isEmpty()) {
            return Optional.of(new MatchReason("region", "服务区域覆盖 " + district, p.serviceRegions()));
        }
        return Optional.empty();
    }

    private Optional<MatchReason> quality(MatchableProvider p, PairFeatures f) {
        List<String> parts = new ArrayList<>();
        if (p.maturityLevel() != null && p.maturityLevel() >= 1 && p.maturityLevel() <= 3) {
            parts.add("成熟度" + LEVELS[p.maturityLevel()]);
        }
        if (p.ratingCount() > 0) {
            parts.add(String.format("验收评价 %.1f 分（%d 次）", p.ratingAverage(), p.ratingCount()));
        }
        if (f.generalistDamped()) {
            parts.add("综合型平台，此方向暂无案例或产品");
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MatchReason("quality", String.join("；", parts), List.of()));
    }

    private static List<String> evidence(Capability c) {
        List<String> evidence = new ArrayList<>(ProviderEntry.nonNull(c.techTags()));
        if (c.description() != null && !c.description().isBlank()) {
            evidence.add(c.description());
        }
        return evidence;
    }
}
