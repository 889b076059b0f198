package cn.scenehub.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    /**
     * Claims up to {@code limit} due entries for one instance until {@code until}: row claiming,
     * so several instances relay side by side without taking the same entries.
     */
    @Query("""
            UPDATE search_outbox SET claimed_by = :instance, claimed_until = :until
            WHERE next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
            ORDER BY id LIMIT :limit""")
    int claim(String instance, Instant now, Instant until, int limit);

    @Query("SELECT * FROM search_outbox WHERE claimed_by = :instance AND claimed_until >= :now ORDER BY id")
    List<OutboxEntry> findClaimed(String instance, Instant now);

    @Query("DELETE FROM search_outbox WHERE id IN (:ids)")
    void deleteAllById(Collection<Long> ids);

    @Query("""
            UPDATE search_outbox SET attempts = attempts + 1, next_attempt_at = :retryAt,
                   claimed_by = NULL, claimed_until = NULL
            WHERE id IN (:ids)""")
    void retryLater(Collection<Long> ids, Instant retryAt);

    /** Gives claimed entries back untouched (no attempt counted): they were not tried. */
    @Query("UPDATE search_outbox SET claimed_by = NULL, claimed_until = NULL WHERE id IN (:ids)")
    void release(Collection<Long> ids);

    long count();
}
