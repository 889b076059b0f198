package cn.scenehub.vocabulary;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DictionaryTermRepository extends CrudRepository<DictionaryTerm, Long> {

    Optional<DictionaryTerm> findByNormalized(String normalized);

    List<DictionaryTerm> findAllOrderById();
}
