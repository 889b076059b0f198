package cn.scenehub.matching;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.matching.engine.MatchText;
import cn.scenehub.matching.engine.MatchWeights;
import cn.scenehub.matching.engine.MatchableProvider;
import cn.scenehub.matching.engine.Places;
import cn.scenehub.matching.engine.ProviderCache;
import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.RelatedTerms;
import cn.scenehub.search.analysis.Synonyms;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's snapshot of the listed providers compiled for matching. It is a cache of MySQL:
 * every instance builds its own, checks a cheap fingerprint of the provider tables, the weights and
 * the synonyms every {@code scenehub.matching.refresh-interval}, and rebuilds when any changed;
 * so no lock is needed and a new replica needs nothing but the database.
 */
@Singleton
public class MatchEngine {

    private static final Logger LOG = LoggerFactory.getLogger(MatchEngine.class);

    private record Snapshot(MatchIndex index, String fingerprint, MatchWeights weights) {
    }

    private final MatchSources sources;
    private final MatchSettings settings;
    private final Places places;
    private final RelatedTerms related;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final ReentrantLock rebuildLock = new ReentrantLock();
    /** Compiled providers kept between snapshots; replaced when the text configuration changes. Guarded by rebuildLock. */
    private ProviderCache cache;
    private String cacheVocabulary;
    private final ExecutorService executor;
    private final Duration checkInterval;
    private volatile long lastCheck;

    MatchEngine(MatchSources sources, MatchSettings settings, Places places,
                @Value("${scenehub.matching.check-interval:2s}") Duration checkInterval,
                @Named(TaskExecutors.IO) ExecutorService executor) {
        this.checkInterval = checkInterval;
        this.executor = executor;
        this.sources = sources;
        this.settings = settings;
        this.places = places;
        this.related = RelatedTerms.load(Synonyms.get());
    }

    /**
     * The current snapshot, built on first use and checked against MySQL at most every
     * {@code scenehub.matching.check-interval}, so a change is seen by the next requests.
     */
    public MatchIndex index() {
        Snapshot current = snapshot.get();
        long now = System.nanoTime();
        if (current == null) {
            return refresh();
        }
        if (now - lastCheck > checkInterval.toNanos()) {
            lastCheck = now;
            // while another thread rebuilds, serve the snapshot in hand rather than queue behind it
            if (rebuildLock.tryLock()) {
                try {
                    return refreshLocked();
                } finally {
                    rebuildLock.unlock();
                }
            }
        }
        return current.index();
    }

    /** Builds the first snapshot in the background at start-up, so the first request does not wait for it. */
    @EventListener
    void onStartup(StartupEvent event) {
        executor.submit(this::scheduledRefresh);
    }

    @Scheduled(fixedDelay = "${scenehub.matching.refresh-interval:10s}", initialDelay = "${scenehub.matching.refresh-interval:10s}")
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the matching snapshot; keeping the old one: {}", e.getMessage());
        }
    }

    /** Rebuilds the snapshot if providers, weights or synonyms changed since it was built. */
    public MatchIndex refresh() {
        rebuildLock.lock();
        try {
            return refreshLocked();
        } finally {
            rebuildLock.unlock();
        }
    }

    private MatchIndex refreshLocked() {
        String fingerprint = sources.providerFingerprint() + "|" + vocabularyState();
        MatchWeights weights = settings.current().weights();
        Snapshot current = snapshot.get();
        if (current != null && current.fingerprint().equals(fingerprint) && current.weights().equals(weights)) {
            return current.index();
        }
        long started = System.nanoTime();
        MatchIndex index = build(sources.listedProviders(), weights);
        snapshot.set(new Snapshot(index, fingerprint, weights));
        LOG.info("Matching snapshot: {} listed providers in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    /**
     * A snapshot over the given providers; those unchanged since the last build are reused
     * compiled, unless the text weights or the synonyms changed.
     */
    private MatchIndex build(List<MatchableProvider> providers, MatchWeights weights) {
        String vocabulary = vocabularyState();
        if (cache == null || !cache.fits(weights.analysis()) || !vocabulary.equals(cacheVocabulary)) {
            cache = new ProviderCache(new MatchText(IndustrialSegmenter.get(), Synonyms.get(), related, weights.analysis()),
                    weights.analysis());
            cacheVocabulary = vocabulary;
        }
        return new MatchIndex(providers, cache, weights, places);
    }

    /** Changes whenever administrators change the dictionary or the synonyms: text compiles differently then. */
    private static String vocabularyState() {
        return "dict" + IndustrialSegmenter.get().generation() + "|syn" + Synonyms.get().groups().hashCode();
    }

    public Places places() {
        return places;
    }
}
