package cn.scenehub.provider;

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
 * Resolves a capability map written with codes or Chinese names into codes (modes stay as
 * their names, as in the exchange format), naming every wrong field by its path, e.g.
 * {@code capabilities[1].industries}. Used by the profile editor and by imports.
 */
@Singleton
public class ProviderFields {

    private final TaxonomyLookup taxonomy;

    ProviderFields(TaxonomyLookup taxonomy) {
        this.taxonomy = taxonomy;
    }

    public record Resolved(List<Capability> capabilities, List<ProviderCase> cases, List<String> serviceRegions) {
    }

    public Resolved resolve(@Nullable List<Capability> capabilities, @Nullable List<ProviderCase> cases,
                            @Nullable List<String> serviceRegions) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Capability> resolvedCapabilities = new ArrayList<>();
        List<Capability> given = capabilities == null ? List.of() : capabilities;
        for (int i = 0; i < given.size(); i++) {
            Capability c = given.get(i);
            String path = "capabilities[" + i + "].";
            String category = code(TaxonomyKind.CATEGORY, c.category(), path + "category", errors);
            List<String> modes = names(TaxonomyKind.MODE, c.modes(), path + "modes", errors);
            List<String> industries = codes(TaxonomyKind.INDUSTRY, c.industries(), path + "industries", errors);
            List<String> tags = c.techTags() == null ? List.of()
                    : c.techTags().stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
            resolvedCapabilities.add(new Capability(category, modes, industries, tags, c.description()));
        }
        List<ProviderCase> resolvedCases = new ArrayList<>();
        List<ProviderCase> givenCases = cases == null ? List.of() : cases;
        for (int i = 0; i < givenCases.size(); i++) {
            ProviderCase c = givenCases.get(i);
            String industry = c.industryCode() == null || c.industryCode().isBlank() ? null
                    : code(TaxonomyKind.INDUSTRY, c.industryCode(), "cases[" + i + "].industryCode", errors);
            resolvedCases.add(new ProviderCase(c.title().trim(), industry, c.description(), c.year()));
        }
        List<String> regions = codes(TaxonomyKind.REGION, serviceRegions, "serviceRegions", errors);
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "服务商信息有误 (invalid provider fields)", errors, null);
        }
        return new Resolved(resolvedCapabilities, resolvedCases, regions);
    }

    private List<String> codes(TaxonomyKind kind, @Nullable List<String> values, String field, List<Problem.FieldError> errors) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            String code = code(kind, value, field, errors);
            if (code != null) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private List<String> names(TaxonomyKind kind, @Nullable List<String> values, String field, List<Problem.FieldError> errors) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            taxonomy.resolve(kind, value).map(TaxonomyTerm::name).ifPresentOrElse(names::add,
                    () -> errors.add(new Problem.FieldError(field, "未知的取值：" + value)));
        }
        return List.copyOf(names);
    }

    private @Nullable String code(TaxonomyKind kind, @Nullable String value, String field, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "不能为空"));
            return null;
        }
        return taxonomy.resolve(kind, value).map(TaxonomyTerm::code).orElseGet(() -> {
            errors.add(new Problem.FieldError(field, "未知的取值：" + value));
            return null;
        });
    }
}
