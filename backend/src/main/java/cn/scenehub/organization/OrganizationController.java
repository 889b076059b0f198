package cn.scenehub.organization;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.NewUser;
import cn.scenehub.account.UserService;
import cn.scenehub.account.UserView;
import cn.scenehub.audit.AuditEvent;
import cn.scenehub.audit.AuditLog;
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

@Controller("/api/v1/organizations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class OrganizationController {

    private final OrganizationService organizations;
    private final UserService users;
    private final AuditLog audit;

    OrganizationController(OrganizationService organizations, UserService users, AuditLog audit) {
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
    }

    /** Public registration (or by an admin on someone's behalf). */
    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    OrganizationView register(@Body @Valid OrganizationRegistration registration, @Nullable CurrentUser user) {
        return organizations.register(registration, user);
    }

    @Get
    PageView<OrganizationView> list(CurrentUser user, @Nullable @QueryValue OrganizationKind kind,
                                    @Nullable @QueryValue OrganizationStatus status, Pageable pageable) {
        return organizations.list(user, kind, status, pageable);
    }

    @Get("/{id}")
    OrganizationView get(long id, CurrentUser user) {
        return organizations.get(id, user);
    }

    @Post("/{id}/review")
    @Secured({"ADMIN", "COMMISSIONER"})
    OrganizationView review(long id, @Body @Valid OrganizationReview review, CurrentUser user) {
        return organizations.review(id, review, user);
    }

    @Get("/{id}/audit")
    @Secured({"ADMIN", "COMMISSIONER"})
    List<AuditEvent> audit(long id, CurrentUser user) {
        organizations.visible(id, user);
        return audit.trail(OrganizationService.AUDIT_TYPE, id);
    }

    @Post("/{id}/users")
    @Secured({"ADMIN", "COMMISSIONER"})
    @Status(HttpStatus.CREATED)
    UserView createUser(long id, @Body @Valid NewUser user, CurrentUser actor) {
        return users.createForOrganization(organizations.visible(id, actor), user, actor);
    }

    @Get("/{id}/users")
    List<UserView> users(long id, CurrentUser user) {
        return users.ofOrganization(organizations.visible(id, user));
    }
}
