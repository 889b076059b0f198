package cn.scenehub.common.settings;

import java.time.Instant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AppSettingRepository extends GenericRepository<AppSetting, String> {

    @Query("INSERT IGNORE INTO app_setting (name, value, created_at) VALUES (:name, :value, :createdAt)")
    void insertIgnore(String name, String value, Instant createdAt);

    @Query("SELECT value FROM app_setting WHERE name = :name")
    java.util.Optional<String> findValue(String name);
}
