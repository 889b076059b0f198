package cn.scenehub.catalogue;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReindexJobRepository extends CrudRepository<ReindexJob, Long> {

    /** Builds under way (started after {@code since}, so one whose replica died is not waited for). */
    @Query("SELECT * FROM search_reindex_job WHERE status = 'RUNNING' AND created_at >= :since")
    List<ReindexJob> running(Instant since);

    @Query("UPDATE search_reindex_job SET status = 'FAILED', error = 'interrupted', finished_at = :at WHERE status = 'RUNNING'")
    void abandonRunning(Instant at);

    @Query("UPDATE search_reindex_job SET scenario_index = :scenarioIndex, provider_index = :providerIndex, suggest_index = :suggestIndex WHERE id = :id")
    void targets(Long id, String scenarioIndex, String providerIndex, String suggestIndex);

    @Query("UPDATE search_reindex_job SET scenarios = :scenarios, providers = :providers, terms = :terms WHERE id = :id")
    void progress(Long id, int scenarios, int providers, int terms);

    @Query("UPDATE search_reindex_job SET status = :status, error = :error, finished_at = :at WHERE id = :id")
    void finish(Long id, String status, @io.micronaut.core.annotation.Nullable String error, Instant at);
}
