package cn.scenehub.matching.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.scenehub.provider.Capability;
import cn.scenehub.provider.Product;
import cn.scenehub.provider.ProviderCase;

/** A provider compiled for matching: one term vector per capability, case and product, and one for all its text. */
final class ProviderEntry {

    /** A platform offering this many categories is a generalist whatever it calls itself. */
    private static final int GENERALIST_CATEGORIES = 4;

    record CapabilityEntry(Capability source, SparseVector terms) {
    }

    record EvidenceEntry(String title, String industryCode, SparseVector terms) {
    }

    final MatchableProvider source;
    final List<CapabilityEntry> capabilities = new ArrayList<>();
    final List<EvidenceEntry> cases = new ArrayList<>();
    final List<EvidenceEntry> products = new ArrayList<>();
    final SparseVector document;
    final float documentLength;
    final boolean generalist;

    ProviderEntry(MatchableProvider p, MatchText text, MatchWeights.Text w, Vocabulary vocabulary) {
        this.source = p;
        TermBag all = new TermBag();
        Set<String> categories = new HashSet<>();
        for (Capability c : p.capabilities()) {
            TermBag bag = new TermBag();
            for (String tag : nonNull(c.techTags())) {
                text.addTag(bag, tag, 1.0);
                text.addTag(all, tag, w.capabilityTags());
            }
            text.addText(bag, c.description(), 0.6);
            text.addText(all, c.description(), w.capabilityDescription());
            capabilities.add(new CapabilityEntry(c, SparseVector.of(bag.weights, vocabulary, true)));
            categories.add(c.category());
        }
        for (ProviderCase c : p.cases()) {
            cases.add(new EvidenceEntry(c.title(), c.industryCode(), evidence(text, all, w, c.title(), c.description(), vocabulary)));
        }
        for (Product product : p.products()) {
            products.add(new EvidenceEntry(product.name(), null,
                    evidence(text, all, w, product.name(), product.description(), vocabulary)));
        }
        text.addText(all, p.description(), w.profile());
        text.addText(all, p.name(), w.name());
        this.document = SparseVector.of(all.weights, vocabulary, true);
        this.documentLength = document.sum();
        this.generalist = "综合型".equals(p.platformType()) || categories.size() >= GENERALIST_CATEGORIES;
    }

    private static SparseVector evidence(MatchText text, TermBag all, MatchWeights.Text w, String title,
                                         String description, Vocabulary vocabulary) {
        TermBag bag = new TermBag();
        text.addText(bag, title, 1.0);
        text.addText(bag, description, 0.6);
        text.addText(all, title, w.evidence());
        text.addText(all, description, w.evidence() * 0.7);
        return SparseVector.of(bag.weights, vocabulary, true);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
