package cn.scenehub.board;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BoardStageRepository extends CrudRepository<BoardStageEntry, Long> {

    List<BoardStageEntry> findByPairIdOrderByIdAsc(long pairId);
}
