package cn.scenehub.servicerequest;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** 企业吹哨: an enterprise's call for a commissioner, with its two deadlines. */
@MappedEntity("service_request")
record ServiceRequest(
        @Id @GeneratedValue @Nullable Long id,
        long organizationId,
        String regionCode,
        String need,
        Urgency urgency,
        Status status,
        @Nullable Long assigneeId,
        @Nullable Instant assignedAt,
        Instant acknowledgeDue,
        Instant visitDue,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant visitedAt,
        @Nullable Instant ackEscalatedAt,
        @Nullable Instant visitEscalatedAt,
        long createdBy,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt) {

    enum Urgency { LOW, NORMAL, HIGH, URGENT }

    /** OPEN → ACKNOWLEDGED → VISITED, or CLOSED from any of them. */
    enum Status { OPEN, ACKNOWLEDGED, VISITED, CLOSED }

    ServiceRequest assigned(@Nullable Long to, Instant now) {
        return new ServiceRequest(id, organizationId, regionCode, need, urgency, status, to, to == null ? null : now,
                acknowledgeDue, visitDue, acknowledgedAt, visitedAt, ackEscalatedAt, visitEscalatedAt, createdBy,
                version, createdAt, now);
    }

    ServiceRequest moved(Status to, Instant now) {
        return new ServiceRequest(id, organizationId, regionCode, need, urgency, to, assigneeId, assignedAt,
                acknowledgeDue, visitDue, to == Status.ACKNOWLEDGED && acknowledgedAt == null ? now : acknowledgedAt,
                to == Status.VISITED && visitedAt == null ? now : visitedAt, ackEscalatedAt, visitEscalatedAt,
                createdBy, version, createdAt, now);
    }
}
