package cn.scenehub.account.auth;

import java.time.Duration;
import java.util.Optional;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per account and per client address in Redis, in fixed windows, and
 * refuses further tries once a limit is reached. Shared by every app replica. When Redis is
 * unreachable logins are not throttled (the password check still applies) rather than refused.
 */
@Singleton
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final StatefulRedisConnection<String, String> redis;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(StatefulRedisConnection<String, String> redis,
                  @Value("${scenehub.security.login.max-failures-per-account:5}") int perAccount,
                  @Value("${scenehub.security.login.max-failures-per-address:30}") int perAddress,
                  @Value("${scenehub.security.login.window:15m}") Duration window) {
        this.redis = redis;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** If the account or the address is locked out: how long until it may try again. */
    Optional<Duration> lockedFor(String username, String address) {
        try {
            var commands = redis.sync();
            long ttl = -1;
            if (count(accountKey(username)) >= perAccount) {
                ttl = Math.max(ttl, commands.pttl(accountKey(username)));
            }
            if (count(addressKey(address)) >= perAddress) {
                ttl = Math.max(ttl, commands.pttl(addressKey(address)));
            }
            return ttl > 0 ? Optional.of(Duration.ofMillis(ttl)) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("login throttle unavailable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    void recordFailure(String username, String address) {
        try {
            increment(accountKey(username));
            increment(addressKey(address));
        } catch (RuntimeException e) {
            LOG.warn("could not record a failed login: {}", e.getMessage());
        }
    }

    void recordSuccess(String username) {
        try {
            redis.sync().del(accountKey(username));
        } catch (RuntimeException e) {
            LOG.warn("could not reset the login counter: {}", e.getMessage());
        }
    }

    private long count(String key) {
        String value = redis.sync().get(key);
        return value == null ? 0 : Long.parseLong(value);
    }

    private void increment(String key) {
        var commands = redis.sync();
        if (commands.incr(key) == 1) {
            commands.pexpire(key, window.toMillis());
        }
    }

    private static String accountKey(String username) {
        return "scenehub:login-failures:account:" + username.toLowerCase(java.util.Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "scenehub:login-failures:address:" + address;
    }
}
