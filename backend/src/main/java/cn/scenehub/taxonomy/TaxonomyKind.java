package cn.scenehub.taxonomy;

/** The vocabularies the taxonomy holds; later issues add industries, regions, chains, tags. */
public enum TaxonomyKind {
    /** The six modes of 工业赋能 (数字化管理 … 服务化延伸). */
    MODE,
    /** Scenario categories of the exchange format (RD, PROD, …). */
    CATEGORY
}
