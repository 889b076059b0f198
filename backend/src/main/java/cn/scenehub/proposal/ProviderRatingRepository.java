package cn.scenehub.proposal;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProviderRatingRepository extends CrudRepository<ProviderRating, Long> {

    List<ProviderRating> findByScenarioId(long scenarioId);

    List<ProviderRating> findByProviderId(long providerId);
}
