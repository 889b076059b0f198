package cn.scenehub.scenario;

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
public interface ScenarioRepository extends CrudRepository<Scenario, Long> {

    Optional<Scenario> findByExternalId(String externalId);

    List<Scenario> findByIdIn(Collection<Long> ids);

    List<Scenario> findByStatus(ScenarioStatus status);

    /**
     * A workspace list. Each filter is optional; the scope is one organization, or a set of
     * districts, or everything, or (for everyone else) only public statuses.
     */
    @Query(value = """
            SELECT * FROM scenario
            WHERE (:organizationId IS NULL OR organization_id = :organizationId)
              AND (:allRegions = TRUE OR region_code IN (:regions))
              AND (:allStatuses = TRUE OR status IN (:statuses))
              AND (:year IS NULL OR year = :year)
            ORDER BY updated_at DESC, id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM scenario
            WHERE (:organizationId IS NULL OR organization_id = :organizationId)
              AND (:allRegions = TRUE OR region_code IN (:regions))
              AND (:allStatuses = TRUE OR status IN (:statuses))
              AND (:year IS NULL OR year = :year)""")
    Page<Scenario> search(@Nullable Long organizationId, boolean allRegions, Collection<String> regions,
                          boolean allStatuses, Collection<String> statuses, @Nullable Integer year, Pageable pageable);

    /** Every scenario of a year (or of all years), in id order, for exports. */
    @Query(value = "SELECT * FROM scenario WHERE (:year IS NULL OR year = :year) ORDER BY id",
            countQuery = "SELECT COUNT(*) FROM scenario WHERE (:year IS NULL OR year = :year)")
    Page<Scenario> findForExport(@Nullable Integer year, Pageable pageable);
}
