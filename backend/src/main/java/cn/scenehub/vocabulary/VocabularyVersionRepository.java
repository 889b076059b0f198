package cn.scenehub.vocabulary;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VocabularyVersionRepository extends GenericRepository<VocabularyVersion, Integer> {

    @Query("UPDATE vocabulary_version SET version = version + 1 WHERE id = 1")
    void bump();

    @Query("SELECT version FROM vocabulary_version WHERE id = 1")
    long current();
}
