package cn.scenehub.servicerequest;

import java.time.Clock;
import java.time.Duration;

import cn.scenehub.common.redis.RedisLock;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates service requests whose acknowledge or visit deadline has passed to the district's
 * other commissioners and the admins. One replica at a time (Redis lease); each deadline is
 * escalated once, marked in MySQL.
 */
@Singleton
class SlaEscalation {

    private static final Logger LOG = LoggerFactory.getLogger(SlaEscalation.class);

    private final ServiceRequestRepository requests;
    private final ServiceRequestService service;
    private final RedisLock lock;
    private final Clock clock;

    SlaEscalation(ServiceRequestRepository requests, ServiceRequestService service, RedisLock lock, Clock clock) {
        this.requests = requests;
        this.service = service;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${scenehub.service-requests.escalation-interval:5m}",
            initialDelay = "${scenehub.service-requests.escalation-interval:5m}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("service request escalation failed: {}", e.toString());
        }
    }

    /** One pass; answers how many deadlines it looked at (0 if another replica holds the lease). */
    int run() {
        var lease = lock.tryAcquire("service-request-escalation", Duration.ofMinutes(2));
        if (lease.isEmpty()) {
            return 0;
        }
        try (var held = lease.get()) {
            var now = clock.instant();
            var acks = requests.overdueAcknowledgements(now);
            var visits = requests.overdueVisits(now);
            acks.forEach(id -> service.escalate(id, true));
            visits.forEach(id -> service.escalate(id, false));
            return acks.size() + visits.size();
        }
    }
}
