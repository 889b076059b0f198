package cn.scenehub.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.scenehub.account.Role;
import cn.scenehub.account.UserAccount;
import cn.scenehub.account.UserAccountRepository;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Writes notifications into the inboxes of the users concerned, in the caller's transaction.
 * Live delivery and e-mail happen only after that transaction commits ({@link LiveDelivery}),
 * so nobody is told of a change that was rolled back.
 */
@Singleton
public class Notifier {

    private final NotificationRepository notifications;
    private final UserAccountRepository users;
    private final ApplicationEventPublisher<NotificationsCreated> created;
    private final Clock clock;

    Notifier(NotificationRepository notifications, UserAccountRepository users,
             ApplicationEventPublisher<NotificationsCreated> created, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.created = created;
        this.clock = clock;
    }

    /** A message to be written; {@code link} is the API path of the record concerned. */
    public record Message(NotificationType type, String title, @Nullable String body, @Nullable String link) {
    }

    @Transactional
    public void toUsers(Collection<Long> userIds, Message message) {
        Set<Long> distinct = new LinkedHashSet<>(userIds);
        if (distinct.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Notification> saved = new ArrayList<>();
        for (Long userId : distinct) {
            saved.add(notifications.save(new Notification(null, userId, message.type(), message.title(),
                    message.body(), message.link(), null, now)));
        }
        created.publishEvent(new NotificationsCreated(saved));
    }

    /** Every enabled user of an organization (an enterprise or a provider). */
    @Transactional
    public void toOrganization(long organizationId, Message message) {
        toUsers(users.findByOrganizationId(organizationId).stream().filter(UserAccount::enabled)
                .map(UserAccount::id).toList(), message);
    }

    /** The commissioners serving a district, except those named. */
    @Transactional
    public void toCommissioners(String regionCode, Collection<Long> except, Message message) {
        toUsers(users.findCommissionersOf(regionCode).stream().map(UserAccount::id)
                .filter(id -> !except.contains(id)).toList(), message);
    }

    @Transactional
    public void toAdmins(Message message) {
        toUsers(users.findByRole(Role.ADMIN).stream().filter(UserAccount::enabled).map(UserAccount::id).toList(),
                message);
    }
}
