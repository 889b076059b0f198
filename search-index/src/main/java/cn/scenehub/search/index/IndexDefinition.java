package cn.scenehub.search.index;

/**
 * One searchable collection: readers and writers use the {@code alias}; behind it stands a
 * versioned physical index ({@code alias_v<timestamp>}) so a rebuild can be swapped in at once.
 *
 * @param alias            the name clients use, e.g. {@code taxonomy}
 * @param mappingsResource classpath resource (relative to this package) with the mappings JSON
 */
public record IndexDefinition(String alias, String mappingsResource) {

    public static final IndexDefinition TAXONOMY = new IndexDefinition("taxonomy", "taxonomy-mappings.json");
    /** Public scenarios of the catalogue: only public fields, text pre-segmented. */
    public static final IndexDefinition SCENARIOS = new IndexDefinition("scenarios", "scenarios-mappings.json");
    /** Listed providers with their capability maps, text pre-segmented. */
    public static final IndexDefinition PROVIDERS = new IndexDefinition("providers", "providers-mappings.json");
    /** Search-box completions: dictionary terms, scenario titles, provider names, with their pinyin. */
    public static final IndexDefinition SUGGEST = new IndexDefinition("suggest", "suggest-mappings.json");
}
