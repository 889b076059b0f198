package cn.scenehub.board;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BoardPairRepository extends CrudRepository<BoardPair, Long> {

    Optional<BoardPair> findByScenarioIdAndProviderId(long scenarioId, long providerId);

    List<BoardPair> findByScenarioId(long scenarioId);

    /** The board, longest waiting first. {@code overdue}: past the stage's limit, still in play. */
    @Query(value = """
            SELECT * FROM board_pair
            WHERE (:allRegions = TRUE OR region_code IN (:regions))
              AND (:stage IS NULL OR stage = :stage)
              AND (:scenarioId IS NULL OR scenario_id = :scenarioId)
              AND (:providerId IS NULL OR provider_id = :providerId)
              AND (:dropped IS NULL OR dropped = :dropped)
              AND (:overdue IS NULL OR (due_at < :now AND dropped = FALSE AND stage <> 'ACCEPTED') = :overdue)
            ORDER BY stage_since, id""",
            countQuery = """
            SELECT COUNT(*) FROM board_pair
            WHERE (:allRegions = TRUE OR region_code IN (:regions))
              AND (:stage IS NULL OR stage = :stage)
              AND (:scenarioId IS NULL OR scenario_id = :scenarioId)
              AND (:providerId IS NULL OR provider_id = :providerId)
              AND (:dropped IS NULL OR dropped = :dropped)
              AND (:overdue IS NULL OR (due_at < :now AND dropped = FALSE AND stage <> 'ACCEPTED') = :overdue)""")
    Page<BoardPair> search(boolean allRegions, Collection<String> regions, @Nullable String stage,
                           @Nullable Long scenarioId, @Nullable Long providerId, @Nullable Boolean dropped,
                           @Nullable Boolean overdue, Instant now, Pageable pageable);

    /** Pairs in play at a stage, and how many of them are overdue, for the board's columns. */
    @Query("""
            SELECT COUNT(*) FROM board_pair
            WHERE dropped = FALSE AND stage = :stage AND (:allRegions = TRUE OR region_code IN (:regions))
              AND (:overdueOnly = FALSE OR (due_at < :now AND stage <> 'ACCEPTED'))""")
    long countInPlay(String stage, boolean allRegions, Collection<String> regions, boolean overdueOnly, Instant now);
}
