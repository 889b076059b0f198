package cn.scenehub.matching.engine;

import java.util.Arrays;
import java.util.Map;

/** Term weights as parallel arrays sorted by term id: compact for 10,000 providers, fast to intersect. */
record SparseVector(int[] terms, float[] weights) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /** Known terms only; {@code vocabulary} grows when {@code grow} is set (while building the index). */
    static SparseVector of(Map<String, Float> bag, Vocabulary vocabulary, boolean grow) {
        return of(bag, vocabulary, grow, Integer.MAX_VALUE);
    }

    /** Known terms with an id below {@code limit}: those a snapshot knows, though the shared vocabulary grew since. */
    static SparseVector of(Map<String, Float> bag, Vocabulary vocabulary, boolean grow, int limit) {
        int[] ids = new int[bag.size()];
        float[] ws = new float[bag.size()];
        int n = 0;
        for (Map.Entry<String, Float> e : bag.entrySet()) {
            int id = grow ? vocabulary.intern(e.getKey()) : vocabulary.find(e.getKey());
            if (id >= 0 && id < limit) {
                ids[n] = id;
                ws[n++] = e.getValue();
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int[] sortedIds = new int[n];
        float[] sortedWs = new float[n];
        for (int i = 0; i < n; i++) {
            sortedIds[i] = ids[order[i]];
            sortedWs[i] = ws[order[i]];
        }
        return new SparseVector(sortedIds, sortedWs);
    }

    int size() {
        return terms.length;
    }

    float sum() {
        float s = 0;
        for (float w : weights) {
            s += w;
        }
        return s;
    }
}
