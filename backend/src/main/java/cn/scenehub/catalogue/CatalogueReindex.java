package cn.scenehub.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scenehub.common.redis.RedisLock;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.organization.Organization;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioStatus;
import cn.scenehub.search.index.DocumentWriter;
import cn.scenehub.search.index.IndexAdmin;
import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.vocabulary.VocabularyLoader;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the catalogue's indices from MySQL with no downtime for readers: new physical indices
 * for scenarios, providers and completions are filled (with the vocabulary as it now stands),
 * then each alias is moved in one atomic step; the old indices go a little later, once searches
 * running on them are done. One build at a time across replicas (a Redis lease); while it runs
 * the outbox relay writes each change to the new indices too, and changes made during the build
 * are relayed once more after the swap, so nothing written meanwhile is lost.
 */
@Singleton
public class CatalogueReindex {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueReindex.class);
    private static final int PAGE = 1000;
    static final Duration LEASE = Duration.ofHours(2);

    private final ReindexJobRepository jobs;
    private final CatalogueSource.Scenarios scenarios;
    private final CatalogueSource.Providers providers;
    private final CatalogueSource.Organizations organizations;
    private final IndexAdmin indices;
    private final DocumentWriter writer;
    private final RedisLock locks;
    private final VocabularyLoader vocabulary;
    private final SuggestTerms suggestTerms;
    private final SearchOutbox outbox;
    private final CatalogueCache cache;
    private final ExecutorService executor;
    private final Duration grace;
    private volatile boolean closing;

    CatalogueReindex(ReindexJobRepository jobs, CatalogueSource.Scenarios scenarios, CatalogueSource.Providers providers,
                     CatalogueSource.Organizations organizations, IndexAdmin indices, DocumentWriter writer,
                     RedisLock locks, VocabularyLoader vocabulary, SuggestTerms suggestTerms, SearchOutbox outbox,
                     CatalogueCache cache, @Named(TaskExecutors.IO) ExecutorService executor,
                     @Value("${scenehub.search.reindex-grace:5s}") Duration grace) {
        this.jobs = jobs;
        this.scenarios = scenarios;
        this.providers = providers;
        this.organizations = organizations;
        this.indices = indices;
        this.writer = writer;
        this.locks = locks;
        this.vocabulary = vocabulary;
        this.suggestTerms = suggestTerms;
        this.outbox = outbox;
        this.cache = cache;
        this.executor = executor;
        this.grace = grace;
    }

    /**
     * Starts a build in the background and answers its job.
     *
     * @throws ApiException 409 while another build runs
     */
    public ReindexJob start(String actor) {
        Optional<RedisLock.Lease> lease = locks.tryAcquire(lockName(), LEASE);
        if (lease.isEmpty()) {
            throw ApiException.conflict("索引正在重建，请稍后再试 (a reindex is already running)");
        }
        ReindexJob job;
        try {
            jobs.abandonRunning(Instant.now()); // we hold the lease, so any RUNNING row is a dead build
            job = jobs.save(new ReindexJob(null, ReindexJob.RUNNING, null, null, null, 0, 0, 0, null, actor,
                    Instant.now(), null));
        } catch (RuntimeException e) {
            lease.get().close();
            throw e;
        }
        executor.submit(() -> {
            try (RedisLock.Lease held = lease.get()) {
                run(job);
            }
        });
        return job;
    }

    public Optional<ReindexJob> job(long id) {
        return jobs.findById(id);
    }

    private String lockName() {
        return lockName(indices);
    }

    /** The lease held while the catalogue's aliases are built or moved (also by the relay creating missing ones). */
    static String lockName(IndexAdmin indices) {
        return "search-reindex:" + indices.aliasOf(IndexDefinition.SCENARIOS);
    }

    /** The application is stopping: a build under way stops at its next page and leaves its row for the next one. */
    @PreDestroy
    void close() {
        closing = true;
    }

    private void run(ReindexJob job) {
        List<String> built = new ArrayList<>();
        try {
            vocabulary.refreshIfStale();
            String scenarioIndex = indices.createVersion(IndexDefinition.SCENARIOS);
            built.add(scenarioIndex);
            String providerIndex = indices.createVersion(IndexDefinition.PROVIDERS);
            built.add(providerIndex);
            String suggestIndex = indices.createVersion(IndexDefinition.SUGGEST);
            built.add(suggestIndex);
            built.forEach(index -> indices.bulkLoading(index, true));
            jobs.targets(job.id(), scenarioIndex, providerIndex, suggestIndex); // from now on the relay writes here too

            int scenarioCount = copyScenarios(scenarioIndex, suggestIndex);
            int providerCount = copyProviders(providerIndex, suggestIndex);
            Map<String, Map<String, Object>> terms = suggestTerms.documents();
            writer.bulkTo(suggestIndex, terms, List.of());
            jobs.progress(job.id(), scenarioCount, providerCount, terms.size());
            built.forEach(index -> indices.bulkLoading(index, false));

            List<String> old = new ArrayList<>();
            old.addAll(indices.swapAliasKeepingOld(IndexDefinition.SCENARIOS, scenarioIndex));
            old.addAll(indices.swapAliasKeepingOld(IndexDefinition.PROVIDERS, providerIndex));
            old.addAll(indices.swapAliasKeepingOld(IndexDefinition.SUGGEST, suggestIndex));
            built.clear();
            cache.changed();
            relayAgainSince(job.createdAt()); // queued before DONE: a finished job leaves nothing unsaid
            jobs.finish(job.id(), ReindexJob.DONE, null, Instant.now());
            LOG.info("search reindex {} done: {} scenarios, {} providers, {} terms", job.id(), scenarioCount,
                    providerCount, terms.size());
            Thread.sleep(grace.toMillis()); // searches already running on the old indices finish first
            old.forEach(indices::delete);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (closing) {
                LOG.info("search reindex {} stopped: the application is stopping", job.id());
                return;
            }
            LOG.error("search reindex {} failed", job.id(), e);
            jobs.finish(job.id(), ReindexJob.FAILED, truncate(e.getMessage()), Instant.now());
            built.forEach(index -> {
                try {
                    indices.delete(index);
                } catch (RuntimeException ignored) {
                    // OpenSearch is likely down; the orphan index is harmless and goes with the next swap's cleanup
                }
            });
        }
    }

    private int copyScenarios(String index, String suggestIndex) {
        int count = 0;
        long after = 0;
        List<String> statuses = ScenarioStatus.PUBLIC.stream().map(Enum::name).toList();
        while (true) {
            if (closing) {
                throw new IllegalStateException("stopping");
            }
            List<Scenario> page = scenarios.page(after, statuses, PAGE);
            if (page.isEmpty()) {
                return count;
            }
            Map<Long, Organization> orgs = organizations(page.stream().map(Scenario::getOrganizationId).collect(Collectors.toSet()));
            Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
            Map<String, Map<String, Object>> suggestions = new LinkedHashMap<>();
            for (Scenario s : page) {
                docs.put(s.getId().toString(), CatalogueDocuments.scenario(s, orgs.get(s.getOrganizationId())));
                suggestions.put(CatalogueDocuments.scenarioSuggestionId(s.getId()), CatalogueDocuments.scenarioSuggestion(s));
            }
            writer.bulkTo(index, docs, List.of());
            writer.bulkTo(suggestIndex, suggestions, List.of());
            count += page.size();
            after = page.get(page.size() - 1).getId();
        }
    }

    private int copyProviders(String index, String suggestIndex) {
        int count = 0;
        long after = 0;
        while (true) {
            if (closing) {
                throw new IllegalStateException("stopping");
            }
            List<ProviderProfile> page = providers.page(after, PAGE);
            if (page.isEmpty()) {
                return count;
            }
            Map<Long, Organization> orgs = organizations(page.stream().map(ProviderProfile::organizationId).collect(Collectors.toSet()));
            Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
            Map<String, Map<String, Object>> suggestions = new LinkedHashMap<>();
            for (ProviderProfile p : page) {
                Organization o = orgs.get(p.organizationId());
                docs.put(p.organizationId().toString(), CatalogueDocuments.provider(p, o));
                suggestions.put(CatalogueDocuments.providerSuggestionId(o.id()), CatalogueDocuments.providerSuggestion(o));
            }
            writer.bulkTo(index, docs, List.of());
            writer.bulkTo(suggestIndex, suggestions, List.of());
            count += page.size();
            after = page.get(page.size() - 1).organizationId();
        }
    }

    private Map<Long, Organization> organizations(Set<Long> ids) {
        return organizations.findByIdIn(ids).stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    /** Notes every record changed since the build began, so the relay brings the new indices fully up to date. */
    @Transactional
    void relayAgainSince(Instant since) {
        new HashSet<>(scenarios.changedSince(since)).forEach(id -> outbox.changed(SearchOutbox.SCENARIO, id));
        new HashSet<>(providers.changedSince(since)).forEach(id -> outbox.changed(SearchOutbox.PROVIDER, id));
    }

    private static String truncate(String message) {
        String text = String.valueOf(message);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
