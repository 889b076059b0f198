package cn.scenehub.catalogue;

import java.util.concurrent.atomic.AtomicBoolean;

import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.search.index.IndexAdmin;
import cn.scenehub.search.index.IndexDefinition;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenSearch holds only what MySQL can rebuild: when the application starts against an
 * OpenSearch without the catalogue's indices (a new cluster, deleted data), it builds them with
 * a reindex. The completions alias is the mark of a finished build (the outbox relay creates the
 * other two on its own). Retried while OpenSearch is unreachable.
 */
@Singleton
class CatalogueIndexCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueIndexCheck.class);

    private final IndexAdmin indices;
    private final CatalogueReindex reindex;
    private final AtomicBoolean settled = new AtomicBoolean();

    CatalogueIndexCheck(IndexAdmin indices, CatalogueReindex reindex) {
        this.indices = indices;
        this.reindex = reindex;
    }

    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        check();
    }

    @Scheduled(fixedDelay = "${scenehub.search.index-retry:30s}", initialDelay = "${scenehub.search.index-retry:30s}")
    void retry() {
        if (!settled.get()) {
            check();
        }
    }

    void check() {
        try {
            if (indices.currentIndex(IndexDefinition.SUGGEST).isEmpty()) {
                ReindexJob job = reindex.start(AuditLog.SYSTEM);
                LOG.info("catalogue indices missing: building them from the database (reindex job {})", job.id());
            }
            settled.set(true);
        } catch (ApiException e) {
            settled.set(true); // another replica is building them
        } catch (RuntimeException e) {
            LOG.warn("catalogue indices not checked yet, will retry: {}", e.getMessage());
        }
    }
}
