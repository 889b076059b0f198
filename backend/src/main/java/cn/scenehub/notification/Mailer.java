package cn.scenehub.notification;

import cn.scenehub.account.UserAccountRepository;
import cn.scenehub.organization.OrganizationRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional e-mail copy of a notification, to the contact address of the user's organization.
 * Without SMTP settings ({@code scenehub.mail.host}) the message is logged instead of sent.
 */
@Singleton
class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final SmtpSender smtp;
    private final @Nullable String host;

    Mailer(UserAccountRepository users, OrganizationRepository organizations, SmtpSender smtp,
           @Nullable @Value("${scenehub.mail.host:}") String host) {
        this.users = users;
        this.organizations = organizations;
        this.smtp = smtp;
        this.host = host == null || host.isBlank() ? null : host;
    }

    void send(Notification notification) {
        String to = users.findById(notification.userId())
                .flatMap(u -> u.organizationId() == null ? java.util.Optional.empty() : organizations.findById(u.organizationId()))
                .map(o -> o.contactEmail()).orElse(null);
        if (to == null) {
            return;
        }
        String text = notification.body() == null ? notification.title() : notification.body();
        if (host == null) {
            LOG.info("mail (SMTP not configured, not sent) to={} subject={}", to, notification.title());
            return;
        }
        try {
            smtp.send(to, notification.title(), text);
        } catch (RuntimeException e) {
            // The inbox already has it; a mail server down must not fail the change.
            LOG.warn("mail to {} failed: {}", to, e.toString());
        }
    }
}
