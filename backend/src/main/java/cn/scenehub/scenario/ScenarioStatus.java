package cn.scenehub.scenario;

import java.util.EnumSet;
import java.util.Set;

public enum ScenarioStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, IN_NEGOTIATION, CONTRACTED, ACCEPTED, WITHDRAWN, CLOSED;

    /** Statuses the public sees: published and what follows it, until closed or withdrawn. */
    public static final Set<ScenarioStatus> PUBLIC = EnumSet.of(PUBLISHED, IN_NEGOTIATION, CONTRACTED, ACCEPTED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    public boolean isFinal() {
        return this == WITHDRAWN || this == CLOSED || this == ACCEPTED;
    }
}
