package cn.scenehub.servicerequest;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A service request with who has it, its deadlines, and which of them are overdue now. */
@Serdeable
record ServiceRequestView(long id, Party organization, String region, String need, ServiceRequest.Urgency urgency,
                          ServiceRequest.Status status, @Nullable Party assignee, Instant acknowledgeDue,
                          Instant visitDue, @Nullable Instant acknowledgedAt, @Nullable Instant visitedAt,
                          List<String> overdue, @Nullable Instant ackEscalatedAt, @Nullable Instant visitEscalatedAt,
                          Instant createdAt, long version) {

    @Serdeable
    record Party(long id, String name) {
    }
}
