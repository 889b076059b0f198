package cn.scenehub.invitation;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InvitationRepository extends CrudRepository<Invitation, Long> {

    Optional<Invitation> findByScenarioIdAndProviderId(long scenarioId, long providerId);

    List<Invitation> findByScenarioIdOrderByIdAsc(long scenarioId);

    List<Invitation> findByProviderIdOrderByIdDesc(long providerId);
}
