package cn.scenehub.matching.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Providers already compiled, reused by the next snapshot when they have not changed (same record,
 * field for field), so a change to one provider recompiles one provider, not ten thousand. Valid for
 * one {@link MatchText} configuration: build a new cache when the text weights or synonyms change.
 */
public final class ProviderCache {

    final Vocabulary vocabulary = new Vocabulary();
    private final MatchText text;
    private final MatchWeights.Text weights;
    private final Map<MatchableProvider, ProviderEntry> entries = new ConcurrentHashMap<>();

    public ProviderCache(MatchText text, MatchWeights.Text weights) {
        this.text = text;
        this.weights = weights;
    }

    public boolean fits(MatchWeights.Text weights) {
        return this.weights.equals(weights);
    }

    MatchText text() {
        return text;
    }

    /** The compiled entries of exactly these providers; entries of providers no longer given are dropped. */
    List<ProviderEntry> compile(List<MatchableProvider> providers) {
        List<ProviderEntry> result = providers.stream()
                .map(p -> entries.computeIfAbsent(p, key -> new ProviderEntry(key, text, weights, vocabulary)))
                .toList();
        if (entries.size() > providers.size()) {
            entries.keySet().retainAll(new java.util.HashSet<>(providers));
        }
        return result;
    }
}
