package cn.scenehub.support

import io.micronaut.context.BeanContext
import io.micronaut.context.annotation.Requires
import io.micronaut.context.event.ApplicationEventListener
import io.micronaut.context.event.BeanCreatedEvent
import io.micronaut.context.event.BeanCreatedEventListener
import io.micronaut.context.event.ShutdownEvent
import io.micronaut.core.order.Ordered
import jakarta.inject.Singleton

import javax.sql.DataSource

/**
 * A background job still running while a spec's application context stops (the search relay,
 * a sweeper) can make the context create its connection pool anew; in tests Flyway then cleans
 * the schema on it, at the moment the next spec's context cleans and migrates the same database.
 * This refuses a new pool once its context is stopping, before Flyway sees it. Static, because
 * this listener is itself destroyed and created anew during the shutdown.
 */
@Singleton
@Requires(env = 'test')
class NoPoolWhileStopping implements BeanCreatedEventListener<DataSource>, ApplicationEventListener<ShutdownEvent>, Ordered {

    private static final Set<BeanContext> STOPPING = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<BeanContext, Boolean>()))

    @Override
    void onApplicationEvent(ShutdownEvent event) {
        STOPPING.add(event.source)
    }

    @Override
    DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (STOPPING.contains(event.source)) {
            throw new IllegalStateException('the application context is stopping: no new connection pool')
        }
        event.bean
    }

    @Override
    int getOrder() {
        HIGHEST_PRECEDENCE // before Flyway's listener migrates (and in tests cleans) the new pool
    }
}
