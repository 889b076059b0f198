package cn.scenehub.support

import io.micronaut.context.annotation.Replaces
import jakarta.inject.Singleton

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId

/**
 * The application's clock in tests: the real time plus an offset a spec can move forward (SLA
 * deadlines, scenario deadlines) and must {@link #reset} when done.
 */
@Singleton
@Replaces(Clock)
class TestClock extends Clock {

    private static final ZoneId CITY = ZoneId.of('Asia/Shanghai')
    private volatile Duration offset = Duration.ZERO

    void advance(Duration by) {
        offset = offset + by
    }

    void reset() {
        offset = Duration.ZERO
    }

    @Override
    ZoneId getZone() {
        CITY
    }

    @Override
    Clock withZone(ZoneId zone) {
        Clock.offset(Clock.system(zone), offset)
    }

    @Override
    Instant instant() {
        Instant.now() + offset
    }
}
