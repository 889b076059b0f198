package cn.scenehub.notification;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationRepository extends CrudRepository<Notification, Long> {

    @Query(value = """
            SELECT * FROM notification WHERE user_id = :userId AND (:unreadOnly = FALSE OR read_at IS NULL)
            ORDER BY id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM notification WHERE user_id = :userId AND (:unreadOnly = FALSE OR read_at IS NULL)""")
    Page<Notification> inbox(long userId, boolean unreadOnly, Pageable pageable);

    long countByUserIdAndReadAtIsNull(long userId);

    @Query("UPDATE notification SET read_at = :at WHERE id = :id AND user_id = :userId AND read_at IS NULL")
    long markRead(long id, long userId, Instant at);

    @Query("UPDATE notification SET read_at = :at WHERE user_id = :userId AND read_at IS NULL")
    long markAllRead(long userId, Instant at);

    @Nullable
    Notification findByIdAndUserId(long id, long userId);
}
