package cn.scenehub.invitation;

import java.util.List;
import java.util.Map;

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

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class InvitationController {

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Post("/scenarios/{scenarioId}/invitations")
    @Status(HttpStatus.CREATED)
    InvitationView invite(long scenarioId, @Body @Valid InvitationForms.Invite form, CurrentUser user) {
        return invitations.invite(scenarioId, form, user);
    }

    @Get("/scenarios/{scenarioId}/invitations")
    List<InvitationView> forScenario(long scenarioId, CurrentUser user) {
        return invitations.forScenario(scenarioId, user);
    }

    /** The invitations a provider received, newest first. */
    @Get("/invitations")
    List<InvitationView> mine(CurrentUser user) {
        return invitations.mine(user);
    }

    @Post("/invitations/{id}/answer")
    InvitationView answer(long id, @Body @Valid InvitationForms.Answer answer, CurrentUser user) {
        return invitations.answer(id, answer, user);
    }

    @Get("/confidentiality-terms")
    Map<String, String> terms() {
        return invitations.terms();
    }

    @Post("/scenarios/{scenarioId}/confidentiality")
    @Status(HttpStatus.CREATED)
    ConfidentialityAcceptance acceptTerms(long scenarioId, @Body @Valid InvitationForms.TermsAcceptance body,
                                          CurrentUser user) {
        return invitations.acceptTerms(scenarioId, body.termsVersion(), user);
    }

    /** Who accepted the terms for this scenario, when, which version: for the owner and commissioners. */
    @Get("/scenarios/{scenarioId}/confidentiality")
    List<ConfidentialityAcceptance> acceptances(long scenarioId, CurrentUser user) {
        return invitations.termsAcceptances(scenarioId, user);
    }

    @Get("/scenarios/{scenarioId}/confidential")
    Map<String, Object> confidential(long scenarioId, CurrentUser user) {
        return invitations.confidential(scenarioId, user);
    }
}
