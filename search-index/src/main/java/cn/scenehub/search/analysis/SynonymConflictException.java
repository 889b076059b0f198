package cn.scenehub.search.analysis;

import java.util.Map;

/**
 * A synonym group was refused because its terms already belong to more than one existing group:
 * adding it would join unrelated groups. {@link #conflicts()} names each shared term and the
 * canonical term of the group it is in, so an administrator can see what to change.
 */
public final class SynonymConflictException extends IllegalArgumentException {

    private final transient Map<String, String> conflicts;

    SynonymConflictException(String message, Map<String, String> conflicts) {
        super(message);
        this.conflicts = Map.copyOf(conflicts);
    }

    /** Shared term (normalised) → canonical term of the existing group that holds it. */
    public Map<String, String> conflicts() {
        return conflicts;
    }
}
