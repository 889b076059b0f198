package cn.scenehub.organization;

/** Review state: PENDING → APPROVED / REJECTED; APPROVED ⇄ SUSPENDED. */
public enum OrganizationStatus {
    PENDING, APPROVED, REJECTED, SUSPENDED
}
