package cn.scenehub.servicerequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.common.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ServiceRequestController {

    private final ServiceRequestService service;
    private final java.time.Clock clock;

    ServiceRequestController(ServiceRequestService service, java.time.Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Post("/service-requests")
    @Status(HttpStatus.CREATED)
    ServiceRequestView raise(@Body @Valid ServiceRequestForms.Raise form, CurrentUser user) {
        return service.raise(form, user);
    }

    @Get("/service-requests")
    PageView<ServiceRequestView> list(@Nullable @QueryValue ServiceRequest.Status status, CurrentUser user,
                                      Pageable pageable) {
        return service.list(status, user, pageable);
    }

    @Get("/service-requests/{id}")
    ServiceRequestView get(long id, CurrentUser user) {
        return service.get(id, user);
    }

    @Post("/service-requests/{id}/acknowledge")
    ServiceRequestView acknowledge(long id, CurrentUser user) {
        return service.acknowledge(id, user);
    }

    @Post("/service-requests/{id}/assignee")
    ServiceRequestView reassign(long id, @Body @Valid ServiceRequestForms.Reassign form, CurrentUser user) {
        return service.reassign(id, form, user);
    }

    @Post("/service-requests/{id}/close")
    ServiceRequestView close(long id, @Body @Valid ServiceRequestForms.Close form, CurrentUser user) {
        return service.close(id, form.reason(), user);
    }

    @Post("/service-requests/{id}/visits")
    @Status(HttpStatus.CREATED)
    ServiceVisit visit(long id, @Body @Valid ServiceRequestForms.Visit form, CurrentUser user) {
        return service.visit(id, form, user);
    }

    @Get("/service-requests/{id}/visits")
    List<ServiceVisit> visits(long id, CurrentUser user) {
        return service.visitsOf(id, user);
    }

    /** A visit a commissioner made without a request behind it (organizationId required). */
    @Post("/visits")
    @Status(HttpStatus.CREATED)
    ServiceVisit visitWithoutRequest(@Body @Valid ServiceRequestForms.Visit form, CurrentUser user) {
        return service.visitWithoutRequest(form, user);
    }

    @Get("/visits/stats")
    Map<String, Object> stats(@Nullable @QueryValue Integer year, CurrentUser user) {
        return service.stats(year == null ? LocalDate.now(clock).getYear() : year, user);
    }
}
