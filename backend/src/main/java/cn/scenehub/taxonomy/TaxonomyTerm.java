package cn.scenehub.taxonomy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One term of a vocabulary, e.g. (CATEGORY, QUAL, 质量管控). */
@MappedEntity("taxonomy_term")
@io.micronaut.serde.annotation.Serdeable
public record TaxonomyTerm(
        @Id @GeneratedValue @Nullable Long id,
        TaxonomyKind kind,
        String code,
        String name,
        @Nullable String parentCode,
        int position) {
}
