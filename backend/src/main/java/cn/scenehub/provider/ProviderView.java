package cn.scenehub.provider;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A provider with its capability map. The public view leaves out contact data, the credit
 * code, pool reasons and the version ({@link #publicView()}).
 */
@Serdeable
public record ProviderView(
        long id, @Nullable String externalId, String name, @Nullable String creditCode, String region,
        String description, @Nullable String platformType, @Nullable Integer maturityLevel,
        List<Capability> capabilities, List<ProviderCase> cases, List<Product> products, List<String> serviceRegions,
        PoolStatus poolStatus, @Nullable String statusReason, @Nullable Contact contact, @Nullable Long version,
        Instant updatedAt, @Nullable Instant listedAt) {

    @Serdeable
    public record Contact(@Nullable String name, @Nullable String phone, @Nullable String email) {
    }

    ProviderView publicView() {
        return new ProviderView(id, externalId, name, null, region, description, platformType, maturityLevel,
                capabilities, cases, products, serviceRegions, poolStatus, null, null, null, updatedAt, listedAt);
    }
}
