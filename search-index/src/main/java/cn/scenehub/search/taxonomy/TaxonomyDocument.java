package cn.scenehub.search.taxonomy;

/**
 * A taxonomy term as the index keeps it.
 *
 * @param kind          e.g. {@code MODE}, {@code CATEGORY}
 * @param code          the term's code within its kind
 * @param name          the Chinese name as shown
 * @param nameSegmented the name segmented by the industrial segmenter, space-joined
 */
public record TaxonomyDocument(String kind, String code, String name, String nameSegmented) {

    public String id() {
        return kind + ":" + code;
    }
}
