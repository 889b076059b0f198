package cn.scenehub.proposal;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.scenario.Scenario;

/**
 * Published inside the transaction of every change to a proposal, for those who follow the
 * pair (the commissioner's board) without the proposal knowing them.
 */
public record ProposalChanged(Proposal proposal, Scenario scenario, String action, CurrentUser actor) {
}
