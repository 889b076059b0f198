package cn.scenehub.organization;

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
public interface OrganizationRepository extends CrudRepository<Organization, Long> {

    Optional<Organization> findByCreditCode(String creditCode);

    List<Organization> findByIdIn(Collection<Long> ids);

    /** Filters are optional (null = any); {@code regions} null means every region. */
    @Query(value = """
            SELECT * FROM organization
            WHERE (:kind IS NULL OR kind = :kind)
              AND (:status IS NULL OR status = :status)
              AND (:allRegions = TRUE OR region_code IN (:regions))
            ORDER BY id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM organization
            WHERE (:kind IS NULL OR kind = :kind)
              AND (:status IS NULL OR status = :status)
              AND (:allRegions = TRUE OR region_code IN (:regions))""")
    Page<Organization> search(@Nullable String kind, @Nullable String status, boolean allRegions,
                              Collection<String> regions, Pageable pageable);
}
