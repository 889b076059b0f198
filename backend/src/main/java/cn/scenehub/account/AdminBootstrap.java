package cn.scenehub.account;

import java.security.SecureRandom;
import java.time.Instant;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start creates the user {@code admin}, with SCENEHUB_ADMIN_PASSWORD or, if that is
 * unset, a random password printed once in the log. Replicas starting together race on the
 * unique username; the loser finds the admin there and does nothing.
 */
@Singleton
class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserAccountRepository users;
    private final PasswordHasher passwords;
    private final String configuredPassword;

    AdminBootstrap(UserAccountRepository users, PasswordHasher passwords,
                   @Value("${scenehub.admin-password:}") @Nullable String configuredPassword) {
        this.users = users;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (users.existsByUsername(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        try {
            users.save(new UserAccount(null, ADMIN, passwords.hash(password), "平台管理员", Role.ADMIN, null, true, Instant.now()));
        } catch (DataAccessException e) {
            LOG.info("the admin account was created by another instance");
            return;
        }
        if (generated) {
            LOG.warn("Created the administrator account: username 'admin', password '{}' (shown once; "
                    + "set SCENEHUB_ADMIN_PASSWORD to choose it)", password);
        } else {
            LOG.info("Created the administrator account 'admin' with the password from SCENEHUB_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
