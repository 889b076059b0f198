package cn.scenehub.servicerequest;

import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** 上门服务: a commissioner's visit to an enterprise, with or without a service request behind it. */
@Serdeable
@MappedEntity("service_visit")
record ServiceVisit(
        @Id @GeneratedValue @Nullable Long id,
        long organizationId,
        String regionCode,
        @Nullable Long serviceRequestId,
        long commissionerId,
        LocalDate visitedOn,
        String people,
        String work,
        @Nullable String followUps,
        Instant createdAt) {
}
