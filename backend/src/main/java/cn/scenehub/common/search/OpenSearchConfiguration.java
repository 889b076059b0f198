package cn.scenehub.common.search;

import java.util.List;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

/**
 * Where OpenSearch is ({@code SCENEHUB_OPENSEARCH_URLS}, comma-separated for a cluster) and how
 * indices are laid out on it.
 */
@ConfigurationProperties("scenehub.opensearch")
public record OpenSearchConfiguration(
        @NotEmpty List<String> urls,
        @Nullable String user,
        @Nullable String password,
        @Min(1) int shards,
        @Min(0) int replicas,
        @Nullable String indexPrefix) {
}
