package cn.scenehub.organization;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

@MappedEntity("organization")
public record Organization(
        @Id @GeneratedValue @Nullable Long id,
        OrganizationKind kind,
        String name,
        String creditCode,
        String regionCode,
        @Nullable String industryCode,
        @Nullable String scale,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        OrganizationStatus status,
        @Nullable String statusReason,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt) {

    Organization withStatus(OrganizationStatus newStatus, @Nullable String reason) {
        return new Organization(id, kind, name, creditCode, regionCode, industryCode, scale, contactName,
                contactPhone, contactEmail, newStatus, reason, version, createdAt, Instant.now());
    }
}
