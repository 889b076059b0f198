package cn.scenehub.annuallist;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnnualListRepository extends CrudRepository<AnnualList, Long> {

    /** Loads the list and holds its row until the transaction ends: changes to one list run one at a time. */
    @Query("SELECT * FROM annual_list WHERE id = :id FOR UPDATE")
    Optional<AnnualList> findByIdForChange(long id);

    Optional<AnnualList> findBySlugAndStatus(String slug, AnnualListStatus status);

    boolean existsBySlug(String slug);

    @Query("SELECT * FROM annual_list WHERE status = 'PUBLISHED' ORDER BY year DESC, published_at, id")
    List<AnnualList> findPublished();

    @Query("SELECT * FROM annual_list WHERE status = 'DRAFT' ORDER BY updated_at DESC, id DESC")
    List<AnnualList> findDrafts();
}
