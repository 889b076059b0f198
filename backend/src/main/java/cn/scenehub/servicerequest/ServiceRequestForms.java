package cn.scenehub.servicerequest;

import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Request bodies of the service-request and visit endpoints. */
final class ServiceRequestForms {

    private ServiceRequestForms() {
    }

    @Serdeable
    record Raise(@NotBlank @Size(max = 2000) String need, @NotNull ServiceRequest.Urgency urgency) {
    }

    @Serdeable
    record Reassign(@NotNull Long assigneeId, @Nullable @Size(max = 500) String reason) {
    }

    @Serdeable
    record Close(@Nullable @Size(max = 500) String reason) {
    }

    /** A visit; {@code organizationId} only when logged without a request. */
    @Serdeable
    record Visit(@Nullable Long organizationId, @NotNull @PastOrPresent LocalDate visitedOn,
                 @NotBlank @Size(max = 500) String people, @NotBlank @Size(max = 4000) String work,
                 @Nullable @Size(max = 2000) String followUps) {
    }
}
