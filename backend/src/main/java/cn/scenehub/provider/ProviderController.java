package cn.scenehub.provider;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditEvent;
import cn.scenehub.common.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** Providers are addressed by their organization's id. */
@Controller("/api/v1/providers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProviderController {

    private final ProviderService providers;

    ProviderController(ProviderService providers) {
        this.providers = providers;
    }

    /** The public and non-staff see the listed pool; commissioners their districts; admins all. */
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    PageView<ProviderView> list(@Nullable CurrentUser user, @Nullable @QueryValue PoolStatus poolStatus, Pageable pageable) {
        return providers.list(user, poolStatus, pageable);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    ProviderView get(long id, @Nullable CurrentUser user) {
        return providers.view(id, user);
    }

    @Put("/{id}/profile")
    ProviderView saveProfile(long id, @Body @Valid ProviderProfileForm form, CurrentUser user) {
        return providers.saveProfile(id, form, user);
    }

    @Post("/{id}/pool")
    ProviderView move(long id, @Body @Valid PoolMove move, CurrentUser user) {
        return providers.move(id, move, user);
    }

    @Get("/{id}/audit")
    List<AuditEvent> audit(long id, CurrentUser user) {
        return providers.trail(id, user);
    }
}
