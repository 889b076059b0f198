package cn.scenehub.taxonomy;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** What GET /api/v1/taxonomy/search answers. */
@Serdeable
public record TaxonomySearchResult(List<Hit> items) {

    @Serdeable
    public record Hit(String kind, String code, String name) {
    }
}
