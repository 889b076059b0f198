package cn.scenehub.matching.engine;

import java.util.Map;

/**
 * A scenario compiled against one index snapshot: its key terms (techniques and title, with related
 * techniques), its description, and the BM25 query over all three. Terms no provider uses are
 * dropped from the vectors but their weight stays in {@code keyMass}/{@code bodyMass}, so a need
 * whose key technique nobody offers is not reported as fully covered.
 */
record ScenarioTerms(MatchableScenario source, SparseVector key, double keyMass, SparseVector body, double bodyMass,
                     SparseVector query, TermBag keyBag) {

    static ScenarioTerms compile(MatchableScenario s, MatchText text, MatchWeights.Text w, Vocabulary vocabulary,
                                 float[] idf, double unknownIdf) {
        TermBag key = new TermBag();
        for (String tag : ProviderEntry.nonNull(s.techTags())) {
            text.addTag(key, tag, 1.0);
        }
        text.addText(key, s.title(), 0.8);
        text.addRelated(key);
        TermBag body = new TermBag();
        text.addText(body, s.description(), 1.0);
        TermBag query = new TermBag();
        for (String tag : ProviderEntry.nonNull(s.techTags())) {
            text.addTag(query, tag, w.scenarioTags());
        }
        text.addText(query, s.title(), w.scenarioTitle());
        text.addText(query, s.description(), w.scenarioDescription());
        text.addRelated(query);
        int known = idf.length;
        SparseVector keyVector = SparseVector.of(key.weights, vocabulary, false, known);
        SparseVector bodyVector = SparseVector.of(body.weights, vocabulary, false, known);
        return new ScenarioTerms(s, keyVector, mass(key.weights, keyVector, idf, unknownIdf),
                bodyVector, mass(body.weights, bodyVector, idf, unknownIdf),
                SparseVector.of(query.weights, vocabulary, false, known), key);
    }

    /** Σ weight·idf over all terms, unknown ones at the idf of a term no provider has. */
    private static double mass(Map<String, Float> bag, SparseVector known, float[] idf, double unknownIdf) {
        double total = 0;
        for (float w : bag.values()) {
            total += w * unknownIdf;
        }
        for (int i = 0; i < known.size(); i++) {
            total -= known.weights()[i] * (unknownIdf - idf[known.terms()[i]]);
        }
        return total;
    }
}
