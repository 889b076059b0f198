package cn.scenehub.imports;

import java.time.Instant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportJobRepository extends CrudRepository<ImportJob, Long> {

    @Query("UPDATE import_job SET processed = :processed WHERE id = :id")
    void progress(Long id, int processed);

    @Query("UPDATE import_job SET status = 'FAILED', error = :error, finished_at = :at WHERE id = :id")
    void failed(Long id, String error, Instant at);
}
