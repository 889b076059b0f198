package cn.scenehub.matching.batch;

/** QUEUED → RUNNING (claimed by one instance) → READY (to review and edit) → PUBLISHED; or FAILED. */
public enum MatchPlanStatus {
    QUEUED, RUNNING, READY, PUBLISHED, FAILED
}
