package cn.scenehub.organization;

public enum OrganizationKind {
    /** A factory that posts demand scenarios (需求方). */
    MANUFACTURER,
    /** A digital-transformation service provider (服务商). */
    PROVIDER
}
