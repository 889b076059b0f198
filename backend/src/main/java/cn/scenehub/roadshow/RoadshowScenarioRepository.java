package cn.scenehub.roadshow;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoadshowScenarioRepository extends CrudRepository<RoadshowScenario, Long> {

    List<RoadshowScenario> findByRoadshowIdOrderByPositionAsc(long roadshowId);
}
