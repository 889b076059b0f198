package cn.scenehub.matching.batch;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** Batch matching plans: run one for an annual list, watch it, review and edit its pairs, publish. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MatchPlanController {

    private final MatchPlanService plans;

    MatchPlanController(MatchPlanService plans) {
        this.plans = plans;
    }

    @Post("/annual-lists/{listId}/match-plans")
    @Status(HttpStatus.ACCEPTED)
    PlanViews.Plan start(long listId, @Body @Valid PlanForm form, CurrentUser user) {
        return plans.start(listId, form, user);
    }

    @Get("/annual-lists/{listId}/match-plans")
    List<PlanViews.Plan> ofList(long listId, CurrentUser user) {
        return plans.ofList(listId, user);
    }

    @Get("/match-plans/{id}")
    PlanViews.Plan get(long id, CurrentUser user) {
        return plans.get(id, user);
    }

    @Get("/match-plans/{id}/items")
    PlanViews.Items items(long id, @Nullable @QueryValue Long scenarioId, @Nullable @QueryValue Long providerId,
                          Pageable pageable, CurrentUser user) {
        return plans.items(id, scenarioId, providerId, pageable, user);
    }

    @Post("/match-plans/{id}/items")
    @Status(HttpStatus.CREATED)
    PlanViews.Item add(long id, @Body @Valid PlanViews.NewItem pair, CurrentUser user) {
        return plans.add(id, pair, user);
    }

    @Delete("/match-plans/{id}/items/{itemId}")
    @Status(HttpStatus.NO_CONTENT)
    void remove(long id, long itemId, CurrentUser user) {
        plans.remove(id, itemId, user);
    }

    @Post("/match-plans/{id}/publish")
    PlanViews.Plan publish(long id, CurrentUser user) {
        return plans.publish(id, user);
    }
}
