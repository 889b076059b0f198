package cn.scenehub.provider;

import java.util.Collection;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProviderProfileRepository extends CrudRepository<ProviderProfile, Long> {

    Optional<ProviderProfile> findByExternalId(String externalId);

    /** Profiles in the given pool statuses, of organizations in the given regions (or all). */
    @Query(value = """
            SELECT p.* FROM provider_profile p JOIN organization o ON o.id = p.organization_id
            WHERE p.pool_status IN (:statuses) AND (:allRegions = TRUE OR o.region_code IN (:regions))
            ORDER BY p.updated_at DESC, p.organization_id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM provider_profile p JOIN organization o ON o.id = p.organization_id
            WHERE p.pool_status IN (:statuses) AND (:allRegions = TRUE OR o.region_code IN (:regions))""")
    Page<ProviderProfile> search(Collection<String> statuses, boolean allRegions, Collection<String> regions,
                                 Pageable pageable);
}
