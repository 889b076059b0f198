package cn.scenehub.annuallist;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditEvent;
import cn.scenehub.common.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/** Admins compose and publish lists by id; the public reads published lists by slug. */
@Controller("/api/v1/annual-lists")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AnnualListController {

    private final AnnualListService lists;

    AnnualListController(AnnualListService lists) {
        this.lists = lists;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    PublicAnnualListView.Years browse() {
        return lists.browse();
    }

    @Get("/by-slug/{slug}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    PublicAnnualListView header(String slug) {
        return lists.header(slug);
    }

    @Get("/by-slug/{slug}/scenarios")
    @Secured(SecurityRule.IS_ANONYMOUS)
    PageView<ListedScenario> scenarios(String slug, Pageable pageable) {
        return lists.scenarios(slug, pageable);
    }

    @Post
    @Status(HttpStatus.CREATED)
    AnnualListView create(@Body @Valid AnnualListForm form, CurrentUser admin) {
        return lists.create(form, admin);
    }

    /** The drafts, for the admins' curation page (the public list above shows published lists only). */
    @Get("/drafts")
    List<AnnualListView.Draft> drafts() {
        return lists.drafts();
    }

    @Get("/{id}")
    AnnualListView get(long id) {
        return lists.get(id);
    }

    @Post("/{id}/entries")
    AnnualListView add(long id, @Body @Valid ScenarioIds body, CurrentUser admin) {
        return lists.add(id, body, admin);
    }

    @Delete("/{id}/entries/{scenarioId}")
    AnnualListView remove(long id, long scenarioId, @Nullable @QueryValue Long version, CurrentUser admin) {
        return lists.remove(id, scenarioId, version, admin);
    }

    @Put("/{id}/order")
    AnnualListView reorder(long id, @Body @Valid ScenarioIds body, CurrentUser admin) {
        return lists.reorder(id, body, admin);
    }

    @Post("/{id}/publish")
    AnnualListView publish(long id, @Body @Valid Publication publication, CurrentUser admin) {
        return lists.publish(id, publication, admin);
    }

    @Get("/{id}/audit")
    List<AuditEvent> audit(long id) {
        return lists.trail(id);
    }
}
