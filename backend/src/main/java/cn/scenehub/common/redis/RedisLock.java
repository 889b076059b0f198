package cn.scenehub.common.redis;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.inject.Singleton;

/**
 * A lease in Redis that one application instance holds at a time, for work that several
 * replicas must not do together (index rebuilds, scheduled jobs). The lease expires by itself
 * if its holder dies.
 */
@Singleton
public class RedisLock {

    private static final String RELEASE = """
            if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end""";

    private final StatefulRedisConnection<String, String> redis;

    public RedisLock(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    /** Takes the lease named {@code name} for {@code ttl}, if no one holds it. */
    public Optional<Lease> tryAcquire(String name, Duration ttl) {
        String key = "scenehub:lock:" + name;
        String token = UUID.randomUUID().toString();
        String ok = redis.sync().set(key, token, SetArgs.Builder.nx().px(ttl.toMillis()));
        return "OK".equals(ok) ? Optional.of(new Lease(key, token)) : Optional.empty();
    }

    /** A held lease; closing it releases it only if it is still ours. */
    public final class Lease implements AutoCloseable {
        private final String key;
        private final String token;

        private Lease(String key, String token) {
            this.key = key;
            this.token = token;
        }

        @Override
        public void close() {
            redis.sync().eval(RELEASE, ScriptOutputType.INTEGER, new String[] {key}, token);
        }
    }
}
