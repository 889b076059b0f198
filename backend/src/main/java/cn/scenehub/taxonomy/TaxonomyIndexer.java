package cn.scenehub.taxonomy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.scenehub.common.redis.RedisLock;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the taxonomy index from MySQL when the application starts, without delaying the start.
 * If OpenSearch is down it tries again ({@code scenehub.search.index-retry}, default 30 s) until it
 * succeeds. The Redis lease keeps
 * several replicas from rebuilding at once.
 */
@Singleton
class TaxonomyIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(TaxonomyIndexer.class);

    private final TaxonomyService taxonomy;
    private final RedisLock locks;
    private final AtomicBoolean indexed = new AtomicBoolean();

    TaxonomyIndexer(TaxonomyService taxonomy, RedisLock locks) {
        this.taxonomy = taxonomy;
        this.locks = locks;
    }

    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        indexOnce();
    }

    @Scheduled(fixedDelay = "${scenehub.search.index-retry:30s}", initialDelay = "${scenehub.search.index-retry:30s}")
    void retryUntilIndexed() {
        if (!indexed.get()) {
            indexOnce();
        }
    }

    void indexOnce() {
        try {
            var lease = locks.tryAcquire("reindex:" + taxonomy.indexAlias(), Duration.ofSeconds(30));
            if (lease.isEmpty()) {
                // Another replica is rebuilding; done once its index is in place.
                indexed.set(taxonomy.isIndexed());
                return;
            }
            try (var held = lease.get()) {
                int count = taxonomy.reindex();
                indexed.set(true);
                LOG.info("taxonomy index rebuilt with {} terms", count);
            }
        } catch (RuntimeException e) {
            LOG.warn("taxonomy index not built yet, will retry: {}", e.getMessage());
        }
    }
}
