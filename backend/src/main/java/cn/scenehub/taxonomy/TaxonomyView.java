package cn.scenehub.taxonomy;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** What GET /api/v1/taxonomy answers: each vocabulary in display order. */
@Serdeable
public record TaxonomyView(List<Term> modes, List<Term> categories) {

    @Serdeable
    public record Term(String code, String name) {
    }

    static TaxonomyView of(List<TaxonomyTerm> terms) {
        return new TaxonomyView(ofKind(terms, TaxonomyKind.MODE), ofKind(terms, TaxonomyKind.CATEGORY));
    }

    private static List<Term> ofKind(List<TaxonomyTerm> terms, TaxonomyKind kind) {
        return terms.stream().filter(t -> t.kind() == kind).map(t -> new Term(t.code(), t.name())).toList();
    }
}
