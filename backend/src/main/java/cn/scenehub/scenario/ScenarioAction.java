package cn.scenehub.scenario;

import java.util.EnumSet;
import java.util.Set;

import static cn.scenehub.scenario.ScenarioAction.Actor.ADMIN;
import static cn.scenehub.scenario.ScenarioAction.Actor.COMMISSIONER;
import static cn.scenehub.scenario.ScenarioAction.Actor.OWNER;
import static cn.scenehub.scenario.ScenarioStatus.*;

/**
 * The lifecycle of a scenario, in one table: each move, the statuses it starts from, where it
 * leads, who may make it (the owner enterprise, a commissioner of the scenario's district, an
 * admin), and whether a reason is required.
 */
public enum ScenarioAction {
    SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED, EnumSet.of(OWNER, ADMIN), false),
    APPROVE(EnumSet.of(SUBMITTED), APPROVED, EnumSet.of(COMMISSIONER, ADMIN), false),
    RETURN(EnumSet.of(SUBMITTED, APPROVED), RETURNED, EnumSet.of(COMMISSIONER, ADMIN), true),
    PUBLISH(EnumSet.of(APPROVED), PUBLISHED, EnumSet.of(COMMISSIONER, ADMIN), false),
    START_NEGOTIATION(EnumSet.of(PUBLISHED), IN_NEGOTIATION, EnumSet.of(OWNER, COMMISSIONER, ADMIN), false),
    CONTRACT(EnumSet.of(IN_NEGOTIATION), CONTRACTED, EnumSet.of(OWNER, COMMISSIONER, ADMIN), false),
    ACCEPT(EnumSet.of(CONTRACTED), ACCEPTED, EnumSet.of(OWNER, ADMIN), false),
    WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, IN_NEGOTIATION), WITHDRAWN,
            EnumSet.of(OWNER, ADMIN), false),
    CLOSE(EnumSet.of(PUBLISHED, IN_NEGOTIATION, CONTRACTED, ACCEPTED), CLOSED, EnumSet.of(COMMISSIONER, ADMIN), true);

    /** The capacity in which a user acts on a particular scenario. */
    public enum Actor { OWNER, COMMISSIONER, ADMIN }

    private final Set<ScenarioStatus> from;
    private final ScenarioStatus to;
    private final Set<Actor> actors;
    private final boolean reasonRequired;

    ScenarioAction(Set<ScenarioStatus> from, ScenarioStatus to, Set<Actor> actors, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.actors = actors;
        this.reasonRequired = reasonRequired;
    }

    public boolean startsFrom(ScenarioStatus status) {
        return from.contains(status);
    }

    public ScenarioStatus target() {
        return to;
    }

    public boolean allows(Set<Actor> capacities) {
        return capacities.stream().anyMatch(actors::contains);
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
