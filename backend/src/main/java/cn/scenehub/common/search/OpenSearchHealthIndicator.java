package cn.scenehub.common.search;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Reports the OpenSearch cluster under "opensearch" in /health: UP while green or yellow. */
@Singleton
class OpenSearchHealthIndicator implements HealthIndicator {

    static final String NAME = "opensearch";

    private final OpenSearchClient client;
    private final OpenSearchConfiguration configuration;

    OpenSearchHealthIndicator(OpenSearchClient client, OpenSearchConfiguration configuration) {
        this.client = client;
        this.configuration = configuration;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.boundedElastic());
    }

    private HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("urls", configuration.urls());
        try {
            HealthResponse health = client.cluster().health();
            String status = health.status().jsonValue();
            details.put("cluster", health.clusterName());
            details.put("clusterStatus", status);
            details.put("nodes", health.numberOfNodes());
            HealthStatus result = "red".equals(status) ? HealthStatus.DOWN : HealthStatus.UP;
            return HealthResult.builder(NAME, result).details(details).build();
        } catch (Exception e) {
            details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
        }
    }
}
