package cn.scenehub.taxonomy;

/** The vocabularies the taxonomy holds. */
public enum TaxonomyKind {
    /** The six modes of 工业赋能 (数字化管理 … 服务化延伸). */
    MODE,
    /** Scenario categories of the exchange format (RD, PROD, …). */
    CATEGORY,
    /** GB/T 4754-2017 sections (门类, e.g. C 制造业): the parents of industries. */
    SECTION,
    /** GB/T 4754-2017 divisions (大类, e.g. C29 橡胶和塑料制品业); parent: the section. */
    INDUSTRY,
    /** GB/T 2260 regions, six-digit codes; parent: the city or province. */
    REGION,
    /** Key industry chains (智能家电, 橡胶轮胎, …), with stable ASCII slugs as codes. */
    CHAIN,
    /** Technique tags; the code is the tag itself, the parent the category it mostly serves. */
    TECH_TAG
}
