package cn.scenehub.matching;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MatchFeedbackRepository extends CrudRepository<MatchFeedback, Long> {

    List<MatchFeedback> findByScenarioIdOrderByIdAsc(long scenarioId);

    List<MatchFeedback> findAllOrderByIdAsc();
}
