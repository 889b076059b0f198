package cn.scenehub.catalogue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.index.IndexLayout;
import cn.scenehub.vocabulary.VocabularyLoader;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This replica's copies of recent catalogue answers, for the requests the public repeats most
 * (the first page of a category, a popular term): a repeat costs no OpenSearch search.
 * <p>
 * An answer is only reused under the catalogue generation it was computed at: a counter in Redis
 * that the relay and the reindex raise once OpenSearch shows their changes, read at most every
 * {@code check-interval}. With the vocabulary version in the key and a time to live as a last
 * guard, an answer is never older than the index's own refresh delay would make it. Redis
 * unreachable means the generation is unknown: nothing is reused then, searches go straight through.
 * The copies are per replica and bounded; nothing depends on them.
 */
@Singleton
public class CatalogueCache {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueCache.class);

    private record Key(Object request, long vocabulary) {
    }

    private record Entry(Object value, long storedAt) {
    }

    /** The generation read from Redis and when; {@code value} null while Redis does not answer. */
    private record Known(String value, long checkedAt) {
    }

    private final BeanProvider<StatefulRedisConnection<String, String>> redis;
    private final VocabularyLoader vocabulary;
    private final String generationKey;
    private final int maxEntries;
    private final long ttlNanos;
    private final long checkNanos;
    private final Map<Key, Entry> entries;
    private final AtomicLong hits = new AtomicLong();
    private volatile Known known;
    private String entriesGeneration;

    CatalogueCache(BeanProvider<StatefulRedisConnection<String, String>> redis, VocabularyLoader vocabulary,
                   IndexLayout layout,
                   @Value("${scenehub.search.cache.max-entries:2000}") int maxEntries,
                   @Value("${scenehub.search.cache.time-to-live:1m}") Duration ttl,
                   @Value("${scenehub.search.cache.check-interval:500ms}") Duration checkInterval) {
        this.redis = redis;
        this.vocabulary = vocabulary;
        this.generationKey = generationKey(layout);
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
        this.checkNanos = checkInterval.toNanos();
        this.known = new Known(null, System.nanoTime() - checkNanos - 1); // read at the first request
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > CatalogueCache.this.maxEntries;
            }
        };
    }

    /** The Redis key of the generation: per set of indices, so applications on other index prefixes keep their own. */
    public static String generationKey(IndexLayout layout) {
        return "scenehub:catalogue-generation:" + layout.aliasOf(IndexDefinition.SCENARIOS);
    }

    /**
     * The answer to {@code request} (a value with equals and hashCode, e.g. a query record) from
     * this replica's copies, or from {@code search}, whose answer is kept for the next time.
     * {@code fresh} (a client's {@code Cache-Control: no-cache}) skips the copy but keeps the new answer.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object request, boolean fresh, Supplier<T> search) {
        String generation = generation();
        if (generation == null || maxEntries <= 0) {
            return search.get();
        }
        Key key = new Key(request, vocabulary.appliedVersion());
        long now = System.nanoTime();
        if (!fresh) {
            Entry entry;
            synchronized (entries) {
                entry = generation.equals(entriesGeneration) ? entries.get(key) : null;
            }
            if (entry != null && now - entry.storedAt() < ttlNanos) {
                hits.incrementAndGet();
                return (T) entry.value();
            }
        }
        T value = search.get();
        synchronized (entries) {
            if (!generation.equals(entriesGeneration)) {
                if (entriesGeneration != null && Long.parseLong(generation) < Long.parseLong(entriesGeneration)) {
                    return value; // searched under a generation this replica has already left behind
                }
                entries.clear(); // the catalogue changed: older answers are of no use
                entriesGeneration = generation;
            }
            entries.put(key, new Entry(value, now));
        }
        return value;
    }

    /**
     * Tells every replica that the catalogue changed: call once OpenSearch shows the change (after
     * a refresh), so no replica keeps an answer computed before it.
     */
    public void changed() {
        try {
            long generation = redis.get().sync().incr(generationKey);
            known = new Known(Long.toString(generation), System.nanoTime());
        } catch (RuntimeException e) {
            // The copies stay valid only until their time to live; without Redis nothing new is reused.
            known = new Known(null, System.nanoTime());
            LOG.warn("catalogue change not announced ({}); cached answers expire within their time to live",
                    e.getMessage());
        }
    }

    /** Answers reused since this replica started. */
    public long hits() {
        return hits.get();
    }

    private String generation() {
        Known current = known;
        long now = System.nanoTime();
        if (now - current.checkedAt() < checkNanos) {
            return current.value();
        }
        String value;
        try {
            String stored = redis.get().sync().get(generationKey);
            value = stored == null ? "0" : stored;
        } catch (RuntimeException e) {
            value = null;
        }
        known = new Known(value, now);
        return value;
    }
}
