package cn.scenehub.matching.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Weighted canonical terms of one piece of text, remembering how each was written (for
 * explanations: the user should read 视觉质检, not the group's canonical 缺陷检测) and, for terms
 * added as related techniques, which own term brought them in.
 */
final class TermBag {
    final Map<String, Float> weights = new HashMap<>();
    final Map<String, String> surfaces = new HashMap<>();
    final Map<String, String> relatedVia = new HashMap<>();

    void add(String canonical, String surface, double weight) {
        if (canonical.isEmpty() || weight <= 0) {
            return;
        }
        weights.merge(canonical, (float) weight, Float::sum);
        surfaces.putIfAbsent(canonical, surface);
    }

    String surface(String canonical) {
        return surfaces.getOrDefault(canonical, canonical);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}
