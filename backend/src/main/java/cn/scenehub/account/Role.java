package cn.scenehub.account;

/** Who a user is on the platform; the public (anonymous visitors) has no role. */
public enum Role {
    /** Platform operator, e.g. the city's 工信局. Sees and does everything. */
    ADMIN,
    /** 数字专员: reviews and brokers in the districts assigned to them. */
    COMMISSIONER,
    /** A user of one manufacturer organization. */
    ENTERPRISE,
    /** A user of one provider organization. */
    PROVIDER
}
