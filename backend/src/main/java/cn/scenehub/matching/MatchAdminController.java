package cn.scenehub.matching;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.matching.engine.MatchWeights;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;

/**
 * Administrators read and adjust the matching weights (every instance picks a change up within
 * its refresh interval) and see how the current ranking fares against users' feedback.
 */
@Controller("/api/v1/admin/matching")
@Secured("ADMIN")
class MatchAdminController {

    private final MatchSettings settings;
    private final FeedbackEvaluation evaluation;

    MatchAdminController(MatchSettings settings, FeedbackEvaluation evaluation) {
        this.settings = settings;
        this.evaluation = evaluation;
    }

    @Get("/evaluation")
    FeedbackEvaluation.Result evaluation() {
        return evaluation.evaluate();
    }

    @Get("/weights")
    MatchSettings.Current get() {
        return settings.current();
    }

    @Put("/weights")
    MatchSettings.Current put(@Body @Valid MatchWeights weights, CurrentUser admin) {
        return settings.update(weights, admin);
    }

    @Delete("/weights")
    MatchSettings.Current reset(CurrentUser admin) {
        return settings.reset(admin);
    }
}
