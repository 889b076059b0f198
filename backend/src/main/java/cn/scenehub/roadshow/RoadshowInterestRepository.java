package cn.scenehub.roadshow;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoadshowInterestRepository extends CrudRepository<RoadshowInterest, Long> {

    List<RoadshowInterest> findByRoadshowIdOrderByIdAsc(long roadshowId);

    Optional<RoadshowInterest> findByRoadshowIdAndScenarioIdAndProviderId(long roadshowId, long scenarioId, long providerId);

    Optional<RoadshowInterest> findByIdAndRoadshowId(long id, long roadshowId);
}
