package cn.scenehub.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of the listed providers compiled for matching: term vectors, an inverted
 * index for BM25 over each provider's whole text, and IDF over the providers. Built from MySQL by
 * {@code MatchEngine}; every app instance holds its own copy, which is only a cache.
 */
public final class MatchIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.5;
    /** Providers scored in full per scenario: the best by text; the rest can only rank below them. */
    private static final int MIN_CANDIDATES = 300;

    private final List<ProviderEntry> providers;
    private final Map<Long, Integer> positions = new HashMap<>();
    private final Vocabulary vocabulary;
    private final MatchText text;
    private final MatchWeights weights;
    private final float[] idf;
    private final double unknownIdf;
    private final int[][] postingProviders;
    private final float[][] postingWeights;
    private final float[] lengthNorm;
    private final PairScorer scorer;
    /** The best BM25 of a scenario over all providers, the scale of its text relevance. */
    private final Map<MatchableScenario, Double> bestText = new ConcurrentHashMap<>();
    /** Scenarios compiled against this snapshot: a match list, its reasons and a feed reuse them. */
    private final Map<MatchableScenario, ScenarioTerms> compiled = new ConcurrentHashMap<>();
    private static final int COMPILED_LIMIT = 20_000;

    public MatchIndex(List<MatchableProvider> listed, MatchText text, MatchWeights weights, Places places) {
        this(listed, new ProviderCache(text, weights.analysis()), weights, places);
    }

    /** A snapshot reusing the providers {@code cache} compiled before (its text configuration must fit the weights). */
    public MatchIndex(List<MatchableProvider> listed, ProviderCache cache, MatchWeights weights, Places places) {
        if (!cache.fits(weights.analysis())) {
            throw new IllegalArgumentException("the provider cache was built for other text weights");
        }
        this.text = cache.text();
        this.weights = weights;
        this.vocabulary = cache.vocabulary;
        this.providers = cache.compile(listed);
        for (int i = 0; i < providers.size(); i++) {
            positions.put(providers.get(i).source.id(), i);
        }
        int n = providers.size();
        int terms = vocabulary.size();
        int[] df = new int[terms];
        for (ProviderEntry p : providers) {
            for (int t : p.document.terms()) {
                df[t]++;
            }
            for (ProviderEntry.CapabilityEntry c : p.capabilities) {
                for (int t : c.terms().terms()) {
                    if (Arrays.binarySearch(p.document.terms(), t) < 0) {
                        df[t]++;
                    }
                }
            }
        }
        idf = new float[terms];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = (float) Math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
        }
        unknownIdf = Math.log(1 + (n + 0.5) / 0.5);
        double averageLength = providers.stream().mapToDouble(p -> p.documentLength).average().orElse(1);
        lengthNorm = new float[n];
        int[] fill = new int[terms];
        postingProviders = new int[terms][];
        postingWeights = new float[terms][];
        for (int i = 0; i < n; i++) {
            ProviderEntry p = providers.get(i);
            lengthNorm[i] = (float) (K1 * (1 - B + B * p.documentLength / averageLength));
            for (int t : p.document.terms()) {
                fill[t]++;
            }
        }
        for (int t = 0; t < fill.length; t++) {
            postingProviders[t] = new int[fill[t]];
            postingWeights[t] = new float[fill[t]];
            fill[t] = 0;
        }
        for (int position = 0; position < n; position++) {
            ProviderEntry p = providers.get(position);
            int[] docTerms = p.document.terms();
            for (int i = 0; i < docTerms.length; i++) {
                int t = docTerms[i];
                postingProviders[t][fill[t]] = position;
                postingWeights[t][fill[t]++] = p.document.weights()[i];
            }
        }
        scorer = new PairScorer(weights, idf, places);
    }

    public int size() {
        return providers.size();
    }

    public MatchWeights weights() {
        return weights;
    }

    public Optional<MatchableProvider> provider(long id) {
        return Optional.ofNullable(positions.get(id)).map(i -> providers.get(i).source);
    }

    /** The {@code limit} best providers for a scenario, best first (ties by provider id). */
    public List<PairScore> rank(MatchableScenario scenario, int limit) {
        ScenarioTerms s = compile(scenario);
        float[] bm25 = bm25(s);
        double best = max(bm25);
        bestText.put(scenario, best);
        List<Integer> candidates = candidates(bm25, Math.max(MIN_CANDIDATES, limit * 10), scenario);
        PriorityQueue<PairScore> top = new PriorityQueue<>(ORDER.reversed());
        for (int i : candidates) {
            top.add(scorer.score(s, providers.get(i), best > 0 ? bm25[i] / best : 0));
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<PairScore> result = new ArrayList<>(top);
        result.sort(ORDER);
        return result;
    }

    /** One provider's score for a scenario, on the same scale as {@link #rank}. */
    public Optional<PairScore> score(MatchableScenario scenario, long providerId) {
        Integer position = positions.get(providerId);
        if (position == null) {
            return Optional.empty();
        }
        ScenarioTerms s = compile(scenario);
        Double best = bestText.get(scenario);
        if (best == null) {
            best = max(bm25(s));
            if (bestText.size() < COMPILED_LIMIT) {
                bestText.put(scenario, best);
            }
        }
        double own = bm25(s, position);
        return Optional.of(scorer.score(s, providers.get(position), best > 0 ? own / best : 0));
    }

    /** The scenario's key terms as matching sees them, for explanations. */
    TermBag keyTerms(MatchableScenario scenario) {
        return compile(scenario).keyBag();
    }

    MatchText text() {
        return text;
    }

    private ScenarioTerms compile(MatchableScenario scenario) {
        ScenarioTerms terms = compiled.get(scenario);
        if (terms == null) {
            terms = ScenarioTerms.compile(scenario, text, weights.analysis(), vocabulary, idf, unknownIdf);
            if (compiled.size() >= COMPILED_LIMIT) {
                compiled.clear();
            }
            compiled.put(scenario, terms);
        }
        return terms;
    }

    private float[] bm25(ScenarioTerms s) {
        float[] scores = new float[providers.size()];
        SparseVector q = s.query();
        for (int i = 0; i < q.size(); i++) {
            int t = q.terms()[i];
            double qw = Math.min(q.weights()[i], 6) * idf[t];
            int[] docs = postingProviders[t];
            float[] tfs = postingWeights[t];
            for (int j = 0; j < docs.length; j++) {
                float tf = tfs[j];
                scores[docs[j]] += (float) (qw * tf * (K1 + 1) / (tf + lengthNorm[docs[j]]));
            }
        }
        return scores;
    }

    private double bm25(ScenarioTerms s, int position) {
        SparseVector q = s.query();
        SparseVector d = providers.get(position).document;
        double score = 0;
        for (int i = 0; i < q.size(); i++) {
            int k = Arrays.binarySearch(d.terms(), q.terms()[i]);
            if (k >= 0) {
                float tf = d.weights()[k];
                score += Math.min(q.weights()[i], 6) * idf[q.terms()[i]] * tf * (K1 + 1) / (tf + lengthNorm[position]);
            }
        }
        return score;
    }

    /** Positions of the providers to score in full. */
    private List<Integer> candidates(float[] bm25, int wanted, MatchableScenario scenario) {
        if (providers.size() <= wanted) {
            List<Integer> all = new ArrayList<>(providers.size());
            for (int i = 0; i < providers.size(); i++) {
                all.add(i);
            }
            return all;
        }
        // the score of the wanted-th best provider by text, by selection on a copy (no full sort)
        float[] copy = bm25.clone();
        float threshold = select(copy, copy.length - wanted);
        List<Integer> result = new ArrayList<>(wanted * 2);
        int atThreshold = 0;
        for (int i = 0; i < bm25.length; i++) {
            if (bm25[i] > threshold || (bm25[i] == threshold && threshold > 0 && atThreshold++ < wanted)) {
                result.add(i);
            }
        }
        if (threshold <= 0) {
            // too few providers share any word: the others offering the category may still fit a little
            for (int i = 0; i < bm25.length && result.size() < wanted * 2; i++) {
                ProviderEntry p = providers.get(i);
                if (bm25[i] <= 0 && p.capabilities.stream().anyMatch(c -> scenario.category().equals(c.source().category()))) {
                    result.add(i);
                }
            }
        }
        return result;
    }

    /** The k-th smallest value (0-based) of {@code a}, reordering it: quickselect. */
    private static float select(float[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            float pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double max(float[] values) {
        double best = 0;
        for (float v : values) {
            best = Math.max(best, v);
        }
        return best;
    }

    private static final Comparator<PairScore> ORDER = Comparator.comparingDouble(PairScore::score).reversed()
            .thenComparingLong(p -> p.provider().id());
}
