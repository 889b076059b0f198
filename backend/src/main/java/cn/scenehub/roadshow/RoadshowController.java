package cn.scenehub.roadshow;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** Matchmaking events (场景反向路演 / 供需对接会). */
@Controller("/api/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RoadshowController {

    private final RoadshowService events;

    RoadshowController(RoadshowService events) {
        this.events = events;
    }

    @Get
    List<RoadshowView> list(CurrentUser user) {
        return events.list(user);
    }

    @Post
    @Status(HttpStatus.CREATED)
    RoadshowView create(@Body @Valid RoadshowForms.Create form, CurrentUser user) {
        return events.create(form, user);
    }

    @Get("/{id}")
    RoadshowView get(long id, CurrentUser user) {
        return events.get(id, user);
    }

    @Post("/{id}/interests")
    @Status(HttpStatus.CREATED)
    RoadshowView interest(long id, @Body @Valid RoadshowForms.Interest form, CurrentUser user) {
        return events.interest(id, form, user);
    }

    @Post("/{id}/interests/{interestId}/shortlist")
    RoadshowView shortlist(long id, long interestId, @Body @Valid RoadshowForms.Shortlist form, CurrentUser user) {
        return events.shortlist(id, interestId, form.shortlisted(), user);
    }

    @Post("/{id}/cancel")
    RoadshowView cancel(long id, @Body @Valid RoadshowForms.Cancel form, CurrentUser user) {
        return events.cancel(id, form, user);
    }

    @Post("/{id}/outcomes")
    RoadshowView outcomes(long id, @Body @Valid RoadshowForms.Outcomes form, CurrentUser user) {
        return events.outcomes(id, form, user);
    }
}
