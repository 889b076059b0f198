package cn.scenehub.taxonomy;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import cn.scenehub.search.taxonomy.TaxonomyIndex;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the taxonomy from MySQL through a Redis cache, and searches it in OpenSearch. Redis is
 * only a cache: when it is unreachable the database answers.
 */
@Singleton
public class TaxonomyService {

    // v2: the answer gained sections, industries, regions, chains and tech tags.
    static final String CACHE_KEY = "scenehub:cache:taxonomy:v2";
    private static final Duration CACHE_TTL = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(TaxonomyService.class);

    private final TaxonomyTermRepository terms;
    private final TaxonomyIndex index;
    private final StatefulRedisConnection<String, String> redis;
    private final ObjectMapper json;
    private final TaxonomyLookup lookup;

    TaxonomyService(TaxonomyTermRepository terms, TaxonomyIndex index,
                    StatefulRedisConnection<String, String> redis, ObjectMapper json,
                    TaxonomyLookup lookup) {
        this.terms = terms;
        this.index = index;
        this.redis = redis;
        this.json = json;
        this.lookup = lookup;
    }

    public TaxonomyView taxonomy() {
        TaxonomyView cached = readCache();
        if (cached != null) {
            return cached;
        }
        TaxonomyView view = TaxonomyView.of(knownTerms());
        writeCache(view);
        return view;
    }

    public TaxonomySearchResult search(String query, int size) {
        return new TaxonomySearchResult(index.search(query, size).stream()
                .map(d -> new TaxonomySearchResult.Hit(d.kind(), d.code(), d.name()))
                .toList());
    }

    /** Rebuilds the search index from the database, the source of truth. */
    public int reindex() {
        var documents = knownTerms().stream()
                .map(t -> index.document(t.kind().name(), t.code(), t.name()))
                .toList();
        index.rebuild(documents);
        return documents.size();
    }

    /** Names the index, e.g. for a lease that guards rebuilding it. */
    public String indexAlias() {
        return index.alias();
    }

    /** Whether the search index exists (built by this or another instance). */
    public boolean isIndexed() {
        return index.exists();
    }

    /**
     * Drops the cached taxonomy, so the next read comes from the database, and reloads this
     * instance's {@link TaxonomyLookup} from it (other instances follow on their own schedule).
     */
    public void evictCache() {
        try {
            redis.sync().del(CACHE_KEY);
        } catch (RuntimeException e) {
            LOG.warn("could not evict the taxonomy cache: {}", e.getMessage());
        }
        lookup.reload();
    }

    private List<TaxonomyTerm> knownTerms() {
        return terms.findByKindInOrderByKindAndPosition(EnumSet.allOf(TaxonomyKind.class));
    }

    private TaxonomyView readCache() {
        try {
            String cached = redis.sync().get(CACHE_KEY);
            return cached == null ? null : json.readValue(cached, TaxonomyView.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("taxonomy cache unreadable, reading the database: {}", e.getMessage());
            return null;
        }
    }

    private void writeCache(TaxonomyView view) {
        try {
            redis.sync().setex(CACHE_KEY, CACHE_TTL.toSeconds(), json.writeValueAsString(view));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not cache the taxonomy: {}", e.getMessage());
        }
    }
}
