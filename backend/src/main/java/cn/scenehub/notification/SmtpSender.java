package cn.scenehub.notification;

import java.util.Properties;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Sends one plain-text message through the configured SMTP server (STARTTLS when offered). */
@Singleton
class SmtpSender {

    private final Session session;
    private final String from;

    SmtpSender(@Nullable @Value("${scenehub.mail.host:}") String host, @Value("${scenehub.mail.port:587}") int port,
               @Nullable @Value("${scenehub.mail.user:}") String user,
               @Nullable @Value("${scenehub.mail.password:}") String password,
               @Value("${scenehub.mail.from:noreply@scenehub.local}") String from) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host == null ? "" : host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        boolean auth = user != null && !user.isBlank();
        props.put("mail.smtp.auth", Boolean.toString(auth));
        this.session = auth ? Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password == null ? "" : password);
            }
        }) : Session.getInstance(props);
        this.from = from;
    }

    void send(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP: " + e.getMessage(), e);
        }
    }
}
