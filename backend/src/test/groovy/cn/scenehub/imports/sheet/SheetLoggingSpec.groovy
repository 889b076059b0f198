package cn.scenehub.imports.sheet

import org.apache.logging.log4j.LogManager
import org.slf4j.LoggerFactory
import spock.lang.Specification

/** POI logs through the Log4j API; on our classpath that must end up in SLF4J (logback), not in a Log4j core or nowhere. */
class SheetLoggingSpec extends Specification {

    def "POI's Log4j API calls are routed to SLF4J and logback"() {
        expect:
        LogManager.factory.class.name == 'org.apache.logging.slf4j.SLF4JLoggerContextFactory'
        LoggerFactory.getILoggerFactory().class.name == 'ch.qos.logback.classic.LoggerContext'
        LogManager.getLogger('org.apache.poi.test').class.name.startsWith('org.apache.logging.slf4j.')
    }
}
