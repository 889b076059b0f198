package cn.scenehub.taxonomy;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What GET /api/v1/taxonomy answers: each vocabulary in display order. */
@Serdeable
public record TaxonomyView(List<Term> modes, List<Term> categories, List<Term> sections,
                           List<Term> industries, List<Term> regions, List<Term> chains,
                           List<Term> techTags) {

    /** {@code parentCode} is left out of the JSON when absent, so modes and categories keep their shape. */
    @Serdeable
    public record Term(String code, String name, @Nullable String parentCode) {
    }

    static TaxonomyView of(List<TaxonomyTerm> terms) {
        return new TaxonomyView(
                ofKind(terms, TaxonomyKind.MODE),
                ofKind(terms, TaxonomyKind.CATEGORY),
                ofKind(terms, TaxonomyKind.SECTION),
                ofKind(terms, TaxonomyKind.INDUSTRY),
                ofKind(terms, TaxonomyKind.REGION),
                ofKind(terms, TaxonomyKind.CHAIN),
                ofKind(terms, TaxonomyKind.TECH_TAG));
    }

    private static List<Term> ofKind(List<TaxonomyTerm> terms, TaxonomyKind kind) {
        return terms.stream().filter(t -> t.kind() == kind)
                .map(t -> new Term(t.code(), t.name(), t.parentCode())).toList();
    }
}
