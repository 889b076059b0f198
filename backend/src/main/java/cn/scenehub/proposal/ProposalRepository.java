package cn.scenehub.proposal;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProposalRepository extends CrudRepository<Proposal, Long> {

    List<Proposal> findByScenarioIdOrderByIdAsc(long scenarioId);

    List<Proposal> findByProviderIdOrderByUpdatedAtDesc(long providerId);

    Optional<Proposal> findByScenarioIdAndProviderIdAndLive(long scenarioId, long providerId, Integer live);

    List<Proposal> findByScenarioIdAndStatus(long scenarioId, ProposalStatus status);
}
