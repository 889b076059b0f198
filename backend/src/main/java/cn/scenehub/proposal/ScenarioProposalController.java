package cn.scenehub.proposal;

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

/** Proposals as seen from their scenario: submit one, list them side by side, accept the work. */
@Controller("/api/v1/scenarios/{scenarioId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ScenarioProposalController {

    private final ProposalService proposals;

    ScenarioProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Post("/proposals")
    @Status(HttpStatus.CREATED)
    ProposalView submit(long scenarioId, @Body @Valid ProposalForm form, CurrentUser user) {
        return proposals.submit(scenarioId, form, user);
    }

    @Get("/proposals")
    List<ProposalView> list(long scenarioId, CurrentUser user) {
        return proposals.forScenario(scenarioId, user);
    }

    @Post("/acceptance")
    List<ProposalView> accept(long scenarioId, @Body @Valid AcceptanceForm form, CurrentUser user) {
        return proposals.accept(scenarioId, form, user);
    }
}
