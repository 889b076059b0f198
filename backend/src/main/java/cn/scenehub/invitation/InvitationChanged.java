package cn.scenehub.invitation;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.scenario.Scenario;

/** Published in the transaction of an invitation or its answer, for the commissioner's board. */
public record InvitationChanged(Invitation invitation, Scenario scenario, CurrentUser actor) {
}
