package cn.scenehub.matching.batch;

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
public interface MatchPlanItemRepository extends CrudRepository<MatchPlanItem, Long> {

    @Query(value = """
            SELECT * FROM match_plan_item WHERE plan_id = :planId
              AND (:scenarioId IS NULL OR scenario_id = :scenarioId) AND (:providerId IS NULL OR provider_id = :providerId)
            ORDER BY scenario_id, score DESC, id""",
            countQuery = """
            SELECT COUNT(*) FROM match_plan_item WHERE plan_id = :planId
              AND (:scenarioId IS NULL OR scenario_id = :scenarioId) AND (:providerId IS NULL OR provider_id = :providerId)""")
    Page<MatchPlanItem> search(long planId, @Nullable Long scenarioId, @Nullable Long providerId, Pageable pageable);

    List<MatchPlanItem> findByPlanId(long planId);

    Optional<MatchPlanItem> findByIdAndPlanId(long id, long planId);

    Optional<MatchPlanItem> findByPlanIdAndScenarioIdAndProviderId(long planId, long scenarioId, long providerId);

    long countByPlanIdAndProviderId(long planId, long providerId);

    void deleteByPlanId(long planId);
}
