package cn.scenehub.provider;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

/** A provider organization's profile and capability map; keyed by the organization's id. */
@MappedEntity("provider_profile")
public record ProviderProfile(
        @Id Long organizationId,
        @Nullable String externalId,
        String description,
        @Nullable String platformType,
        @Nullable Integer maturityLevel,
        @TypeDef(type = DataType.JSON) List<Capability> capabilities,
        @TypeDef(type = DataType.JSON) List<ProviderCase> cases,
        @TypeDef(type = DataType.JSON) List<Product> products,
        @TypeDef(type = DataType.JSON) List<String> serviceRegions,
        PoolStatus poolStatus,
        @Nullable String statusReason,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant listedAt) {

    ProviderProfile withPool(PoolStatus status, @Nullable String reason) {
        Instant now = Instant.now();
        return new ProviderProfile(organizationId, externalId, description, platformType, maturityLevel, capabilities,
                cases, products, serviceRegions, status, reason, version, createdAt, now,
                status == PoolStatus.LISTED && listedAt == null ? now : listedAt);
    }
}
