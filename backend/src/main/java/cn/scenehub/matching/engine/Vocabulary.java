package cn.scenehub.matching.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Term → id, shared by the snapshots built from one {@link ProviderCache}: it only grows, so the ids
 * in compiled providers stay valid while a new snapshot is built beside the one serving requests.
 */
final class Vocabulary {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int intern(String term) {
        return ids.computeIfAbsent(term, t -> next.getAndIncrement());
    }

    int find(String term) {
        return ids.getOrDefault(term, -1);
    }

    int size() {
        return next.get();
    }
}
