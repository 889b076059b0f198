package cn.scenehub.vocabulary;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SynonymGroupRepository extends CrudRepository<SynonymGroup, Long> {

    List<SynonymGroup> findAllOrderById();
}
