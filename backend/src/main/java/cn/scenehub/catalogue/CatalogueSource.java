package cn.scenehub.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import cn.scenehub.organization.Organization;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.scenario.Scenario;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** What a reindex reads from MySQL: public records in id order, a page at a time (keyset paging). */
final class CatalogueSource {

    private CatalogueSource() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Scenarios extends GenericRepository<Scenario, Long> {

        @Query("SELECT * FROM scenario WHERE id > :after AND status IN (:statuses) ORDER BY id LIMIT :limit")
        List<Scenario> page(long after, Collection<String> statuses, int limit);

        @Query("SELECT id FROM scenario WHERE updated_at >= :since")
        List<Long> changedSince(Instant since);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Providers extends GenericRepository<ProviderProfile, Long> {

        @Query("SELECT * FROM provider_profile WHERE organization_id > :after AND pool_status = 'LISTED' ORDER BY organization_id LIMIT :limit")
        List<ProviderProfile> page(long after, int limit);

        @Query("SELECT organization_id FROM provider_profile WHERE updated_at >= :since")
        List<Long> changedSince(Instant since);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Organizations extends GenericRepository<Organization, Long> {

        List<Organization> findByIdIn(Collection<Long> ids);
    }
}
