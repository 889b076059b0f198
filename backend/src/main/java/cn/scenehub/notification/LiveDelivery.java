package cn.scenehub.notification;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Delivers new notifications live to whichever application instance holds the user's stream:
 * after the writing transaction commits, each one is published on a Redis channel; every
 * instance subscribes and hands what it hears to its own open streams. The inbox in MySQL stays
 * the record, so a missed live message is only late, never lost.
 */
@Singleton
class LiveDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDelivery.class);

    private final StatefulRedisConnection<String, String> redis;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final ObjectMapper json;
    private final Mailer mailer;
    private final ExecutorService background;
    // Pub/sub channels ignore Redis database numbers; naming the database keeps apart
    // deployments (and test runs) that share one Redis server.
    private final String channel;
    private final Sinks.Many<Notification> heard = Sinks.many().multicast().directBestEffort();

    LiveDelivery(StatefulRedisConnection<String, String> redis, StatefulRedisPubSubConnection<String, String> pubSub,
                 ObjectMapper json, Mailer mailer, @Named(TaskExecutors.BLOCKING) ExecutorService background,
                 @Value("${redis.uri}") String redisUri) {
        this.redis = redis;
        this.pubSub = pubSub;
        this.json = json;
        this.mailer = mailer;
        this.background = background;
        this.channel = "scenehub:" + RedisURI.create(redisUri).getDatabase() + ":notifications";
    }

    @EventListener
    void subscribe(StartupEvent event) {
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (channel.equals(from)) {
                    hear(message);
                }
            }
        });
        pubSub.sync().subscribe(channel);
    }

    @TransactionalEventListener
    void committed(NotificationsCreated event) {
        for (Notification notification : event.notifications()) {
            try {
                redis.async().publish(channel, json.writeValueAsString(notification));
            } catch (IOException | RuntimeException e) {
                LOG.warn("live delivery of notification {} failed: {}", notification.id(), e.toString());
            }
            // A slow mail server must not hold up the request that caused the notification.
            background.execute(() -> mailer.send(notification));
        }
    }

    /** What this instance hears for one user, from now on. */
    Flux<Notification> streamFor(long userId) {
        return heard.asFlux().filter(n -> n.userId() == userId);
    }

    private void hear(String message) {
        try {
            heard.tryEmitNext(json.readValue(message, Notification.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("unreadable notification on {}: {}", channel, e.toString());
        }
    }
}
