package cn.scenehub.taxonomy;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TaxonomyTermRepository extends CrudRepository<TaxonomyTerm, Long> {

    List<TaxonomyTerm> findAllOrderByKindAndPosition();

    /**
     * The terms of the given kinds. Readers ask for the kinds they know, so that a later migration
     * adding a kind cannot break an instance still running the previous version.
     */
    List<TaxonomyTerm> findByKindInOrderByKindAndPosition(Collection<TaxonomyKind> kinds);

    java.util.Optional<TaxonomyTerm> findByKindAndCode(TaxonomyKind kind, String code);
}
