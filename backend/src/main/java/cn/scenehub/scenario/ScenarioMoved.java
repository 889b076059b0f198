package cn.scenehub.scenario;

import cn.scenehub.account.CurrentUser;

/**
 * Published inside the transaction of every lifecycle move, for the parts of the marketplace
 * that follow a scenario (the board, subscriptions) without the scenario knowing them.
 */
public record ScenarioMoved(Scenario scenario, ScenarioAction action, ScenarioStatus from, CurrentUser actor) {
}
