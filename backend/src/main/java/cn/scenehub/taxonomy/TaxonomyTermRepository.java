package cn.scenehub.taxonomy;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TaxonomyTermRepository extends CrudRepository<TaxonomyTerm, Long> {

    List<TaxonomyTerm> findAllOrderByKindAndPosition();
}
