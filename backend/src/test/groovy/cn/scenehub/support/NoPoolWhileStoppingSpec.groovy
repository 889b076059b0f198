package cn.scenehub.support

import io.micronaut.context.ApplicationContext
import io.micronaut.context.event.BeanCreatedEvent
import io.micronaut.context.event.BeanCreatedEventListener
import io.micronaut.context.event.ShutdownEvent
import io.micronaut.core.order.OrderUtil
import io.micronaut.inject.BeanDefinition
import io.micronaut.inject.BeanIdentifier
import spock.lang.Specification

import javax.sql.DataSource

/** The guard that keeps a stopping spec context from cleaning the schema under the next spec. */
class NoPoolWhileStoppingSpec extends Specification {

    def "a pool is refused once its context is stopping, also by a guard created anew, and only for that context"() {
        given:
        def stopping = Mock(ApplicationContext)
        def running = Mock(ApplicationContext)

        when:
        new NoPoolWhileStopping().onApplicationEvent(new ShutdownEvent(stopping))
        new NoPoolWhileStopping().onCreated(created(stopping))

        then:
        thrown(IllegalStateException)

        expect:
        new NoPoolWhileStopping().onCreated(created(running)) != null
    }

    def "it runs before Flyway's listener, which would migrate and in tests clean the new pool"() {
        expect:
        OrderUtil.getOrder(new NoPoolWhileStopping()) < OrderUtil.getOrder(Mock(BeanCreatedEventListener))
    }

    private BeanCreatedEvent<DataSource> created(ApplicationContext context) {
        new BeanCreatedEvent<DataSource>(context, Mock(BeanDefinition), Mock(BeanIdentifier), Mock(DataSource))
    }
}
