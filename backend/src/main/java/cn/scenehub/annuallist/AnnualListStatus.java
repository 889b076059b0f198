package cn.scenehub.annuallist;

public enum AnnualListStatus {
    /** Being put together by an admin; only admins see it. */
    DRAFT,
    /** Frozen and public at its slug; nothing about it changes any more. */
    PUBLISHED
}
