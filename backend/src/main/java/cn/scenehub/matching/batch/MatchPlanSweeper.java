package cn.scenehub.matching.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;

import cn.scenehub.common.redis.RedisLock;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps plans moving when an instance dies: plans whose heartbeat stopped go back to the queue,
 * and queued plans nobody started are claimed here. One instance at a time (a Redis lease).
 */
@Singleton
class MatchPlanSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(MatchPlanSweeper.class);
    private static final Duration STALE = Duration.ofMinutes(2);
    private static final Duration UNSTARTED = Duration.ofSeconds(20);

    private final MatchPlanRepository plans;
    private final MatchPlanRunner runner;
    private final RedisLock lock;
    private final ExecutorService executor;

    MatchPlanSweeper(MatchPlanRepository plans, MatchPlanRunner runner, RedisLock lock,
                     @Named(TaskExecutors.IO) ExecutorService executor) {
        this.plans = plans;
        this.runner = runner;
        this.lock = lock;
        this.executor = executor;
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "30s")
    void sweep() {
        try {
            lock.tryAcquire("match-plan-sweeper", Duration.ofSeconds(25)).ifPresent(lease -> {
                try (lease) {
                    Instant now = Instant.now();
                    int requeued = plans.requeueStale(now.minus(STALE));
                    if (requeued > 0) {
                        LOG.warn("Re-queued {} match plans whose instance stopped", requeued);
                    }
                    for (long id : plans.findQueuedBefore(now.minus(UNSTARTED))) {
                        executor.submit(() -> runner.runIfClaimed(id));
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Match plan sweep skipped: {}", e.getMessage());
        }
    }
}
