package cn.scenehub.matching.batch;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchPlanRepository extends CrudRepository<MatchPlan, Long> {

    List<MatchPlan> findByListIdOrderByIdDesc(long listId);

    @Query("SELECT COUNT(*) > 0 FROM annual_list WHERE id = :listId")
    boolean listExists(long listId);

    /** The list's scenarios in their numbered order. */
    @Query("SELECT scenario_id FROM annual_list_entry WHERE list_id = :listId ORDER BY number")
    List<Long> findScenarioIdsOfList(long listId);

    /** Takes a queued plan for this instance; 1 if it won the plan, 0 if another instance did. */
    @Query("""
            UPDATE match_plan SET status = 'RUNNING', claimed_by = :instance, heartbeat_at = :now, progress = 0,
                version = version + 1
            WHERE id = :id AND status = 'QUEUED'""")
    int claim(long id, String instance, Instant now);

    @Query("UPDATE match_plan SET progress = :progress, heartbeat_at = :now WHERE id = :id AND claimed_by = :instance")
    int heartbeat(long id, String instance, double progress, Instant now);

    /** Plans whose instance stopped beating (it died): back to the queue. */
    @Query("UPDATE match_plan SET status = 'QUEUED', claimed_by = NULL, version = version + 1 WHERE status = 'RUNNING' AND heartbeat_at < :before")
    int requeueStale(Instant before);

    @Query("SELECT id FROM match_plan WHERE status = 'QUEUED' AND created_at < :before ORDER BY id")
    List<Long> findQueuedBefore(Instant before);
}
