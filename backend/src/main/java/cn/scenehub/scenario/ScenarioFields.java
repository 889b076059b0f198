package cn.scenehub.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.Problem;
import cn.scenehub.taxonomy.TaxonomyKind;
import cn.scenehub.taxonomy.TaxonomyLookup;
import cn.scenehub.taxonomy.TaxonomyTerm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

/**
 * Turns the taxonomy fields of a scenario, written as codes or Chinese names, into codes, and
 * names every field that is wrong at once. Used by the forms and by imports alike.
 */
@Singleton
public class ScenarioFields {

    private final TaxonomyLookup taxonomy;

    ScenarioFields(TaxonomyLookup taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The resolved codes; {@code modes} as their Chinese names, the form the exchange format uses. */
    public record Resolved(String category, List<String> modes, String industryCode, String region,
                           @Nullable String industryChain, List<String> techTags) {
    }

    public Resolved resolve(String category, List<String> modes, String industryCode, String region,
                            @Nullable String industryChain, @Nullable List<String> techTags,
                            @Nullable Long budgetMin, @Nullable Long budgetMax, @Nullable LocalDate deadline,
                            boolean deadlineMayBePast) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String categoryCode = code(TaxonomyKind.CATEGORY, category, "category", "未知的场景类别", errors);
        Set<String> modeNames = new LinkedHashSet<>();
        for (int i = 0; i < (modes == null ? 0 : modes.size()); i++) {
            taxonomy.resolve(TaxonomyKind.MODE, modes.get(i)).map(TaxonomyTerm::name).ifPresentOrElse(modeNames::add,
                    () -> errors.add(new Problem.FieldError("modes", "未知的应用模式")));
        }
        if (modes == null || modes.isEmpty()) {
            errors.add(new Problem.FieldError("modes", "至少选择一种应用模式"));
        }
        String industry = code(TaxonomyKind.INDUSTRY, industryCode, "industryCode", "未知的国民经济行业大类", errors);
        String district = code(TaxonomyKind.REGION, region, "region", "未知的行政区划", errors);
        String chain = industryChain == null || industryChain.isBlank() ? null
                : taxonomy.resolve(TaxonomyKind.CHAIN, industryChain).map(TaxonomyTerm::name).orElse(industryChain.trim());
        if (budgetMin != null && budgetMax != null && budgetMin > budgetMax) {
            errors.add(new Problem.FieldError("budget", "预算下限不能高于上限"));
        }
        if (deadline != null && !deadlineMayBePast && deadline.isBefore(LocalDate.now())) {
            errors.add(new Problem.FieldError("deadline", "截止日期不能早于今天"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "场景信息有误 (invalid scenario fields)", errors, null);
        }
        List<String> tags = techTags == null ? List.of()
                : techTags.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        return new Resolved(categoryCode, List.copyOf(modeNames), industry, district, chain, tags);
    }

    private String code(TaxonomyKind kind, @Nullable String value, String field, String message,
                        List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "不能为空"));
            return null;
        }
        return taxonomy.resolve(kind, value).map(TaxonomyTerm::code).orElseGet(() -> {
            errors.add(new Problem.FieldError(field, message + "：" + value));
            return null;
        });
    }
}
