package cn.scenehub.matching.batch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Parameters of a batch matching run: k providers per scenario (default 5), at most c scenarios
 * per provider (default 10), and proposals guaranteed to each local small provider (0 = off).
 */
@Serdeable
public record PlanForm(
        @Nullable @Min(1) @Max(20) Integer perScenario,
        @Nullable @Min(1) @Max(200) Integer perProvider,
        @Nullable @Min(0) @Max(5) Integer localExposure) {

    int k() {
        return perScenario == null ? 5 : perScenario;
    }

    int c() {
        return perProvider == null ? 10 : perProvider;
    }

    int exposure() {
        return localExposure == null ? 0 : localExposure;
    }
}
