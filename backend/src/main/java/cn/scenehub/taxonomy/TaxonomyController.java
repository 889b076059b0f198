package cn.scenehub.taxonomy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Public: the vocabularies (modes, categories, industries, regions, chains, tags) and a search over their names. */
@Controller("/api/v1/taxonomy")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class TaxonomyController {

    private final TaxonomyService taxonomy;

    TaxonomyController(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Get
    TaxonomyView taxonomy() {
        return taxonomy.taxonomy();
    }

    @Get("/search")
    TaxonomySearchResult search(@QueryValue @NotBlank @Size(max = 100) String q,
                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return taxonomy.search(q, size);
    }
}
