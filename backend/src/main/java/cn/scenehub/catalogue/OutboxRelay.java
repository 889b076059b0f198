package cn.scenehub.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.scenehub.common.redis.RedisLock;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationRepository;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import cn.scenehub.search.index.DocumentWriter;
import cn.scenehub.search.index.IndexAdmin;
import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.index.SearchIndexException;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries outbox entries to OpenSearch in bulk: claims a batch (rows claimed by this instance
 * for a while, so replicas share the work), reads the current state from MySQL, indexes what is
 * public and deletes what is not, then removes the entries. When OpenSearch fails the entries are
 * retried with exponential backoff; nothing is lost, the index catches up when it is back.
 */
@Singleton
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final long MAX_BACKOFF_SECONDS = 300;

    private final String instance = UUID.randomUUID().toString();
    private final OutboxRepository outbox;
    private final ScenarioRepository scenarios;
    private final ProviderProfileRepository profiles;
    private final OrganizationRepository organizations;
    private final DocumentWriter writer;
    private final IndexAdmin indices;
    private final ReindexJobRepository reindexJobs;
    private final RedisLock locks;
    private final CatalogueCache cache;
    private final boolean enabled;

    OutboxRelay(OutboxRepository outbox, ScenarioRepository scenarios, ProviderProfileRepository profiles,
                OrganizationRepository organizations, DocumentWriter writer, IndexAdmin indices,
                ReindexJobRepository reindexJobs, RedisLock locks, CatalogueCache cache,
                @Value("${scenehub.search.relay-enabled:true}") boolean enabled) {
        this.outbox = outbox;
        this.scenarios = scenarios;
        this.profiles = profiles;
        this.organizations = organizations;
        this.writer = writer;
        this.indices = indices;
        this.reindexJobs = reindexJobs;
        this.locks = locks;
        this.cache = cache;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelay = "${scenehub.search.relay-interval:1s}", initialDelay = "5s")
    void relay() {
        if (!enabled) {
            return;
        }
        try {
            while (relayBatch() == BATCH) {
                // keep going while there is a backlog
            }
        } catch (RuntimeException e) {
            LOG.warn("search relay: {}", e.getMessage());
        }
    }

    /** One batch; answers how many entries it took. */
    int relayBatch() {
        Instant now = Instant.now();
        if (outbox.claim(instance, now, now.plus(CLAIM), BATCH) == 0) {
            return 0;
        }
        List<OutboxEntry> entries = outbox.findClaimed(instance, now);
        List<Long> ids = entries.stream().map(OutboxEntry::id).toList();
        try {
            boolean ready;
            try {
                ready = aliasesReady();
            } catch (RuntimeException e) { // e.g. Redis down: try again soon, nothing was attempted
                outbox.release(ids);
                throw e;
            }
            if (!ready) { // a build is creating them; these entries follow once it is done
                outbox.release(ids);
                return 0;
            }
            write(entries);
            cache.changed(); // the writes are searchable now (refreshed): no replica answers from before them
            outbox.deleteAllById(ids);
        } catch (SearchIndexException e) {
            int attempts = entries.stream().mapToInt(OutboxEntry::attempts).max().orElse(0) + 1;
            long backoff = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(attempts, 9));
            outbox.retryLater(ids, Instant.now().plusSeconds(backoff));
            LOG.warn("search index unreachable, {} changes retried in {} s: {}", ids.size(), backoff, e.getMessage());
        }
        return entries.size();
    }

    /**
     * Whether the scenario and provider aliases exist; creates missing ones (an empty index each)
     * under the lease a reindex holds, so the relay and a build never both put an alias in place.
     */
    private boolean aliasesReady() {
        if (indices.currentIndex(IndexDefinition.SCENARIOS).isPresent()
                && indices.currentIndex(IndexDefinition.PROVIDERS).isPresent()) {
            return true;
        }
        var lease = locks.tryAcquire(CatalogueReindex.lockName(indices), Duration.ofMinutes(1));
        if (lease.isEmpty()) {
            return false;
        }
        try (var held = lease.get()) {
            indices.ensure(IndexDefinition.SCENARIOS);
            indices.ensure(IndexDefinition.PROVIDERS);
            return true;
        }
    }

    private void write(List<OutboxEntry> entries) {
        Map<String, Map<String, Object>> scenarioDocs = new LinkedHashMap<>();
        List<String> scenarioGone = new ArrayList<>();
        Map<String, Map<String, Object>> providerDocs = new LinkedHashMap<>();
        List<String> providerGone = new ArrayList<>();
        Map<String, Map<String, Object>> suggestions = new LinkedHashMap<>();
        List<String> suggestionsGone = new ArrayList<>();
        Map<Long, Organization> organizationCache = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            String id = entry.entityId().toString();
            if (SearchOutbox.SCENARIO.equals(entry.entityType())) {
                Scenario s = scenarios.findById(entry.entityId()).orElse(null);
                if (s != null && s.getStatus().isPublic()) {
                    scenarioDocs.put(id, CatalogueDocuments.scenario(s, organization(organizationCache, s.getOrganizationId())));
                    suggestions.put(CatalogueDocuments.scenarioSuggestionId(s.getId()), CatalogueDocuments.scenarioSuggestion(s));
                } else {
                    scenarioGone.add(id);
                    suggestionsGone.add(CatalogueDocuments.scenarioSuggestionId(entry.entityId()));
                }
            } else {
                ProviderProfile p = profiles.findById(entry.entityId()).orElse(null);
                if (p != null && p.poolStatus() == PoolStatus.LISTED) {
                    Organization o = organization(organizationCache, p.organizationId());
                    providerDocs.put(id, CatalogueDocuments.provider(p, o));
                    suggestions.put(CatalogueDocuments.providerSuggestionId(o.id()), CatalogueDocuments.providerSuggestion(o));
                } else {
                    providerGone.add(id);
                    suggestionsGone.add(CatalogueDocuments.providerSuggestionId(entry.entityId()));
                }
            }
        }
        scenarioGone.removeAll(scenarioDocs.keySet());
        providerGone.removeAll(providerDocs.keySet());
        suggestionsGone.removeAll(suggestions.keySet());
        writer.bulk(IndexDefinition.SCENARIOS, scenarioDocs, scenarioGone);
        writer.bulk(IndexDefinition.PROVIDERS, providerDocs, providerGone);
        if (indices.currentIndex(IndexDefinition.SUGGEST).isPresent()) { // else the first build brings them
            writer.bulk(IndexDefinition.SUGGEST, suggestions, suggestionsGone);
        }
        // A reindex under way gets the change too, so its indices are current when they are swapped in.
        for (ReindexJob job : reindexJobs.running(Instant.now().minus(CatalogueReindex.LEASE))) {
            if (job.scenarioIndex() != null) {
                writer.bulkTo(job.scenarioIndex(), scenarioDocs, scenarioGone);
                writer.bulkTo(job.providerIndex(), providerDocs, providerGone);
                writer.bulkTo(job.suggestIndex(), suggestions, suggestionsGone);
            }
        }
    }

    private Organization organization(Map<Long, Organization> cache, Long id) {
        return cache.computeIfAbsent(id, key -> organizations.findById(key).orElseThrow());
    }
}
