package cn.scenehub.organization;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An organization as its own users, its district's commissioners and admins see it. */
@Serdeable
public record OrganizationView(
        long id, OrganizationKind kind, String name, String creditCode, String regionCode,
        @Nullable String industryCode, @Nullable String scale,
        @Nullable String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
        OrganizationStatus status, @Nullable String statusReason, long version, Instant createdAt, Instant updatedAt) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id(), o.kind(), o.name(), o.creditCode(), o.regionCode(), o.industryCode(),
                o.scale(), o.contactName(), o.contactPhone(), o.contactEmail(), o.status(), o.statusReason(),
                o.version() == null ? 0 : o.version(), o.createdAt(), o.updatedAt());
    }
}
