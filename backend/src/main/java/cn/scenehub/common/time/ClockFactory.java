package cn.scenehub.common.time;

import java.time.Clock;
import java.time.ZoneId;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The clock deadlines and SLAs are measured with, one bean so that specs can move time. Dates
 * (a scenario's deadline, a visit's day) are those of the city, hence Asia/Shanghai.
 */
@Factory
class ClockFactory {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    @Singleton
    Clock clock() {
        return Clock.system(CITY);
    }
}
