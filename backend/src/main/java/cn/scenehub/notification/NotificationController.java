package cn.scenehub.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** The caller's inbox, and its live stream (server-sent events). */
@Controller("/api/v1/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationController {

    private final NotificationRepository notifications;
    private final LiveDelivery live;
    private final Clock clock;

    NotificationController(NotificationRepository notifications, LiveDelivery live, Clock clock) {
        this.notifications = notifications;
        this.live = live;
        this.clock = clock;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    PageView<Notification> inbox(CurrentUser user, @Nullable @QueryValue Boolean unread, Pageable pageable) {
        return PageView.of(notifications.inbox(user.id(), Boolean.TRUE.equals(unread), pageable), n -> n);
    }

    @Get("/unread-count")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, Long> unreadCount(CurrentUser user) {
        return Map.of("unread", notifications.countByUserIdAndReadAtIsNull(user.id()));
    }

    @Post("/{id}/read")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Notification read(long id, CurrentUser user) {
        if (notifications.findByIdAndUserId(id, user.id()) == null) {
            throw ApiException.notFound("通知 " + id);
        }
        notifications.markRead(id, user.id(), clock.instant());
        return notifications.findByIdAndUserId(id, user.id());
    }

    @Post("/read-all")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, Long> readAll(CurrentUser user) {
        return Map.of("marked", notifications.markAllRead(user.id(), clock.instant()));
    }

    /**
     * New notifications as they arrive, on whichever instance they were written: first a
     * {@code ready} event with the unread count, then one {@code notification} event each, and a
     * comment every 25 s so proxies keep the connection open.
     */
    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Object>> stream(CurrentUser user) {
        Flux<Event<Object>> ready = Flux.defer(() -> Flux.just(Event.<Object>of(
                        Map.of("unread", notifications.countByUserIdAndReadAtIsNull(user.id()))).name("ready")))
                .subscribeOn(Schedulers.boundedElastic());
        Flux<Event<Object>> news = live.streamFor(user.id())
                .map(n -> Event.<Object>of(n).name("notification").id(String.valueOf(n.id())));
        Flux<Event<Object>> keepAlive = Flux.interval(Duration.ofSeconds(25))
                .map(i -> Event.<Object>of("").comment("keep-alive"));
        return Flux.merge(news, ready.concatWith(Flux.never()), keepAlive);
    }
}
