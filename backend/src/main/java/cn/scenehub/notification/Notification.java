package cn.scenehub.notification;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** One message in a user's inbox; {@code link} is the API path of what it is about. */
@Serdeable
@MappedEntity("notification")
public record Notification(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        NotificationType type,
        String title,
        @Nullable String body,
        @Nullable String link,
        @Nullable Instant readAt,
        Instant createdAt) {
}
