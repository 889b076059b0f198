package cn.scenehub.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Term ↔ id for one index snapshot; written while the snapshot is built, read-only afterwards. */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();

    int intern(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        ids.put(term, terms.size());
        terms.add(term);
        return terms.size() - 1;
    }

    int find(String term) {
        return ids.getOrDefault(term, -1);
    }

    String term(int id) {
        return terms.get(id);
    }

    int size() {
        return terms.size();
    }
}
