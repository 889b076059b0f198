package cn.scenehub.annuallist;

import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnnualListEntryRepository extends CrudRepository<AnnualListEntry, AnnualListEntry.Key> {

    @Query("SELECT * FROM annual_list_entry WHERE list_id = :listId ORDER BY number")
    List<AnnualListEntry> findOfList(long listId);

    @Query(value = "SELECT * FROM annual_list_entry WHERE list_id = :listId ORDER BY number",
            countQuery = "SELECT COUNT(*) FROM annual_list_entry WHERE list_id = :listId")
    Page<AnnualListEntry> pageOfList(long listId, Pageable pageable);

    @Query("SELECT COUNT(*) FROM annual_list_entry WHERE list_id = :listId")
    long countOfList(long listId);

    /** Renumbering rewrites a draft's entries: numbers are the primary key, so they are not updated in place. */
    @Query("DELETE FROM annual_list_entry WHERE list_id = :listId")
    void deleteOfList(long listId);
}
