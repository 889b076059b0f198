package cn.scenehub.invitation;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConfidentialityAcceptanceRepository extends CrudRepository<ConfidentialityAcceptance, Long> {

    Optional<ConfidentialityAcceptance> findByScenarioIdAndProviderIdAndTermsVersion(long scenarioId, long providerId,
                                                                                       String termsVersion);

    List<ConfidentialityAcceptance> findByScenarioIdOrderByIdAsc(long scenarioId);
}
