package cn.scenehub.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * A proposal's way: SUBMITTED (revisable) → SHORTLISTED (still revisable) → AWARDED → CONTRACTED
 * → ACCEPTED; or DECLINED by the owner, or WITHDRAWN by the provider before a decision.
 */
public enum ProposalStatus {
    SUBMITTED, SHORTLISTED, AWARDED, CONTRACTED, ACCEPTED, DECLINED, WITHDRAWN;

    /** The provider may still revise or withdraw: the owner has not decided yet. */
    public static final Set<ProposalStatus> OPEN = EnumSet.of(SUBMITTED, SHORTLISTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Counts as the provider's one live proposal for the scenario. */
    public boolean isLive() {
        return this != DECLINED && this != WITHDRAWN;
    }
}
