package cn.scenehub.support

import cn.scenehub.opensearchnode.SharedTestNode
import io.micronaut.test.support.TestPropertyProvider
import spock.lang.Specification

/**
 * Base of the specs that start the application: points it at the OpenSearch node started once
 * for the test JVM. A spec adds its own properties by overriding {@link #extraProperties}.
 *
 * <p>Specs use {@code @MicronautTest(transactional = false)}: a spec-wide transaction would hide
 * what the spec writes from the HTTP server it calls.
 */
abstract class IntegrationSpec extends Specification implements TestPropertyProvider {

    @Override
    Map<String, String> getProperties() {
        ['scenehub.opensearch.urls': SharedTestNode.url()] + extraProperties()
    }

    Map<String, String> extraProperties() {
        [:]
    }
}
