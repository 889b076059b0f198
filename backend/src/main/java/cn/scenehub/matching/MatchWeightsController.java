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

/** Administrators read and adjust the matching weights; every instance picks a change up within its refresh interval. */
@Controller("/api/v1/admin/matching/weights")
@Secured("ADMIN")
class MatchWeightsController {

    private final MatchSettings settings;

    MatchWeightsController(MatchSettings settings) {
        this.settings = settings;
    }

    @Get
    MatchSettings.Current get() {
        return settings.current();
    }

    @Put
    MatchSettings.Current put(@Body @Valid MatchWeights weights, CurrentUser admin) {
        return settings.update(weights, admin);
    }

    @Delete
    MatchSettings.Current reset(CurrentUser admin) {
        return settings.reset(admin);
    }
}
