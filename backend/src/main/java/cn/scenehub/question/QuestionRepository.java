package cn.scenehub.question;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionRepository extends CrudRepository<Question, Long> {

    List<Question> findByScenarioIdOrderByIdAsc(long scenarioId);
}
