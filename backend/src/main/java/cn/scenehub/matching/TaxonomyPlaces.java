package cn.scenehub.matching;

import cn.scenehub.matching.engine.Places;
import cn.scenehub.taxonomy.TaxonomyKind;
import cn.scenehub.taxonomy.TaxonomyLookup;
import cn.scenehub.taxonomy.TaxonomyTerm;
import jakarta.inject.Singleton;

/** Names and region coverage for match explanations, from the taxonomy. */
@Singleton
class TaxonomyPlaces implements Places {

    private final TaxonomyLookup taxonomy;

    TaxonomyPlaces(TaxonomyLookup taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public String categoryName(String code) {
        return name(TaxonomyKind.CATEGORY, code);
    }

    @Override
    public String industryName(String code) {
        return name(TaxonomyKind.INDUSTRY, code);
    }

    @Override
    public String regionName(String code) {
        return name(TaxonomyKind.REGION, code);
    }

    @Override
    public boolean covers(String serviceRegion, String district) {
        return taxonomy.regionCovers(serviceRegion, district);
    }

    private String name(TaxonomyKind kind, String code) {
        return taxonomy.resolve(kind, code).map(TaxonomyTerm::name).orElse(code);
    }
}
