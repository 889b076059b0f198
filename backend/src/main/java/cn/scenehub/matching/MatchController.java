package cn.scenehub.matching;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** Ranked providers for a scenario, ranked scenarios for a provider, and feedback on pairs. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MatchController {

    private final MatchService matches;

    MatchController(MatchService matches) {
        this.matches = matches;
    }

    @Get("/scenarios/{id}/matches")
    MatchViews.ProviderMatches forScenario(long id, @QueryValue(defaultValue = "10") int limit, CurrentUser user) {
        return matches.forScenario(id, limit, user);
    }

    @Get("/providers/{id}/matches")
    MatchViews.ScenarioMatches forProvider(long id, @QueryValue(defaultValue = "10") int limit, CurrentUser user) {
        return matches.forProvider(id, limit, user);
    }

    @Post("/scenarios/{id}/matches/{providerId}/feedback")
    @Status(HttpStatus.CREATED)
    MatchFeedback feedback(long id, long providerId, @Body @Valid FeedbackForm form, CurrentUser user) {
        return matches.giveFeedback(id, providerId, form, user);
    }

    @Get("/scenarios/{id}/matches/feedback")
    List<MatchFeedback> feedbackOn(long id, CurrentUser user) {
        return matches.feedbackOn(id, user);
    }
}
