package cn.scenehub.scenario;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditEvent;
import cn.scenehub.common.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

@Controller("/api/v1/scenarios")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ScenarioController {

    private final ScenarioService scenarios;

    ScenarioController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    /** The caller's workspace list; the public sees published scenarios only. */
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    PageView<Object> list(@Nullable CurrentUser user, @Nullable @QueryValue ScenarioStatus status,
                          @Nullable @QueryValue Integer year, Pageable pageable) {
        return scenarios.list(user, status, year, pageable);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Object get(long id, @Nullable CurrentUser user) {
        return scenarios.view(id, user);
    }

    @Post
    @Status(HttpStatus.CREATED)
    ScenarioView create(@Body @Valid ScenarioForm form, CurrentUser user) {
        return scenarios.create(form, user);
    }

    @Put("/{id}")
    ScenarioView update(long id, @Body @Valid ScenarioForm form, CurrentUser user) {
        return scenarios.update(id, form, user);
    }

    @Post("/{id}/transitions")
    ScenarioView transition(long id, @Body @Valid ScenarioTransition move, CurrentUser user) {
        return scenarios.transition(id, move, user);
    }

    @Get("/{id}/audit")
    List<AuditEvent> audit(long id, CurrentUser user) {
        return scenarios.trail(id, user);
    }
}
