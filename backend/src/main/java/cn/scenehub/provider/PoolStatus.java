package cn.scenehub.provider;

/**
 * A provider's place in the city's pool. DRAFT (profile being written, not in the pool) is ours;
 * APPLIED → LISTED → SUSPENDED / REMOVED are the programme's. Only LISTED providers are public.
 */
public enum PoolStatus {
    DRAFT, APPLIED, LISTED, SUSPENDED, REMOVED
}
