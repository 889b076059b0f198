package cn.scenehub.search.analysis;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clusters of related techniques (双重预防 with 风险分级管控 and 隐患排查治理; 设备联网 with 数据采集
 * and 工业网关): not interchangeable like {@link Synonyms}, but close enough that a provider offering
 * one can partly serve a need naming another. Matching gives such pairs partial credit.
 *
 * <p>Terms are kept in their synonym group's canonical form, so {@link #related} answers for any
 * wording of a group. Unlike synonyms a term may sit in several clusters.
 */
public final class RelatedTerms {

    public static final String RESOURCE = "related-terms.txt";

    private final Map<String, Set<String>> related;

    private RelatedTerms(Map<String, Set<String>> related) {
        this.related = related;
    }

    /** The shipped clusters, resolved through {@code synonyms}. */
    public static RelatedTerms load(Synonyms synonyms) {
        return parse(readResource(), synonyms);
    }

    /** Clusters from lines in the resource format ({@code #} comments, terms separated by commas). */
    public static RelatedTerms parse(List<String> lines, Synonyms synonyms) {
        Map<String, Set<String>> related = new HashMap<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Set<String> cluster = new LinkedHashSet<>();
            for (String term : stripped.split("[,，]")) {
                String canonical = synonyms.canonical(IndustrialSegmenter.normalizeTerm(term));
                if (!canonical.isEmpty()) {
                    cluster.add(canonical);
                }
            }
            for (String term : cluster) {
                Set<String> others = related.computeIfAbsent(term, t -> new LinkedHashSet<>());
                cluster.stream().filter(other -> !other.equals(term)).forEach(others::add);
            }
        }
        related.replaceAll((term, others) -> Set.copyOf(others));
        return new RelatedTerms(Map.copyOf(related));
    }

    /** The canonical terms related to {@code canonicalTerm}, without itself; empty when none. */
    public Set<String> related(String canonicalTerm) {
        return related.getOrDefault(canonicalTerm, Set.of());
    }

    public int termCount() {
        return related.size();
    }

    private static List<String> readResource() {
        return ResourceLines.read(RESOURCE);
    }
}
