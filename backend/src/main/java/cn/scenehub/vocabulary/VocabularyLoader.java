package cn.scenehub.vocabulary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.Synonyms;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's segmenter and synonyms equal to the administrators' vocabulary in MySQL.
 * A change is announced on a Redis channel so every replica reloads within moments; since a
 * message can be missed (Redis down, a replica starting), each replica also compares the
 * version row every {@code scenehub.search.vocabulary-refresh} (default 10 s). The copy in memory
 * is only a cache of MySQL: a replica that starts loads it from there.
 */
@Singleton
public class VocabularyLoader {

    static final String CHANNEL = "scenehub:vocabulary-changed";
    private static final Logger LOG = LoggerFactory.getLogger(VocabularyLoader.class);

    private final DictionaryTermRepository terms;
    private final SynonymGroupRepository groups;
    private final VocabularyVersionRepository versions;
    private final BeanProvider<StatefulRedisPubSubConnection<String, String>> pubSub;
    private final BeanProvider<StatefulRedisConnection<String, String>> redis;
    private final ExecutorService executor;
    private volatile long applied = -1;
    private volatile boolean subscribed;
    private boolean listening;

    VocabularyLoader(DictionaryTermRepository terms, SynonymGroupRepository groups, VocabularyVersionRepository versions,
                     BeanProvider<StatefulRedisPubSubConnection<String, String>> pubSub,
                     BeanProvider<StatefulRedisConnection<String, String>> redis,
                     @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.redis = redis;
        this.terms = terms;
        this.groups = groups;
        this.versions = versions;
        this.pubSub = pubSub;
        this.executor = executor;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warn("search vocabulary not loaded yet, will retry: {}", e.getMessage());
        }
        subscribe();
    }

    @Scheduled(fixedDelay = "${scenehub.search.vocabulary-refresh:10s}", initialDelay = "${scenehub.search.vocabulary-refresh:10s}")
    void poll() {
        refreshQuietly();
        if (!subscribed) {
            subscribe();
        }
    }

    /** The version of the vocabulary this replica segments with (-1 before the first load). */
    public long appliedVersion() {
        return applied;
    }

    /** Reloads when the version row says this copy is behind. */
    public void refreshIfStale() {
        if (versions.current() != applied) {
            reload();
        }
    }

    /** Loads the administrators' terms and groups into the segmenter and synonyms. */
    public synchronized void reload() {
        long version = versions.current();
        List<DictionaryTerm> dictionary = terms.findAllOrderById();
        List<SynonymGroup> synonymGroups = groups.findAllOrderById();
        Synonyms synonyms = Synonyms.get(); // the shipped groups first
        Set<String> all = new LinkedHashSet<>();
        dictionary.forEach(t -> all.add(t.term()));
        synonymGroups.forEach(g -> all.addAll(g.terms()));
        IndustrialSegmenter.get().replaceRuntimeTerms(all);
        List<List<String>> skipped = synonyms.replaceRuntimeGroups(synonymGroups.stream().map(SynonymGroup::terms).toList());
        if (!skipped.isEmpty()) {
            LOG.warn("synonym groups left out because they would join groups: {}", skipped);
        }
        applied = version;
        LOG.debug("search vocabulary version {}: {} terms, {} synonym groups", version, dictionary.size(), synonymGroups.size());
    }

    /** Tells the other replicas to reload; they also notice by polling if the message is lost. */
    void announce() {
        try {
            redis.get().sync().publish(CHANNEL, Long.toString(applied));
        } catch (RuntimeException e) {
            LOG.info("vocabulary change not announced ({}); other replicas pick it up by polling", e.getMessage());
        }
    }

    private synchronized void subscribe() {
        try {
            StatefulRedisPubSubConnection<String, String> connection = pubSub.get();
            if (!listening) {
                connection.addListener(listener());
                listening = true;
            }
            // Lettuce subscribes again by itself after a reconnect.
            connection.sync().subscribe(CHANNEL);
            subscribed = true;
        } catch (RuntimeException e) {
            LOG.info("not subscribed to vocabulary changes yet ({}); polling meanwhile", e.getMessage());
        }
    }

    private RedisPubSubAdapter<String, String> listener() {
        return new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                if (CHANNEL.equals(channel)) {
                    executor.execute(VocabularyLoader.this::refreshQuietly); // off Lettuce's event loop: this reads MySQL
                }
            }
        };
    }

    private void refreshQuietly() {
        try {
            refreshIfStale();
        } catch (RuntimeException e) {
            LOG.warn("search vocabulary not refreshed: {}", e.getMessage());
        }
    }
}
