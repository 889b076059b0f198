package cn.scenehub.imports;

import java.time.Instant;

import cn.scenehub.organization.CreditCode;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationKind;
import cn.scenehub.organization.OrganizationRepository;
import cn.scenehub.organization.OrganizationStatus;
import cn.scenehub.taxonomy.TaxonomyKind;
import cn.scenehub.taxonomy.TaxonomyLookup;
import cn.scenehub.taxonomy.TaxonomyTerm;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Finds the organization an imported record names by its credit code, or registers it as
 * approved (lists come from the city's own vetted sources).
 */
@Singleton
class ImportedOrganizations {

    private final OrganizationRepository organizations;
    private final TaxonomyLookup taxonomy;

    ImportedOrganizations(OrganizationRepository organizations, TaxonomyLookup taxonomy) {
        this.organizations = organizations;
        this.taxonomy = taxonomy;
    }

    /** Reads and checks the organization fields; null (with errors recorded) if they are wrong. */
    @Nullable Organization findOrCreate(OrganizationKind kind, RecordFields fields, @Nullable String name,
                                        @Nullable String creditCodeField, @Nullable String region,
                                        @Nullable String industry, @Nullable String scale,
                                        @Nullable String contactName, @Nullable String contactPhone,
                                        @Nullable String contactEmail) {
        String code = CreditCode.normalize(creditCodeField);
        String field = "creditCode";
        if (code != null) {
            CreditCode.problem(code).ifPresent(problem -> fields.error(field, problem));
        }
        String regionCode = region == null ? null : taxonomy.resolve(TaxonomyKind.REGION, region).map(TaxonomyTerm::code)
                .orElseGet(() -> {
                    fields.error("region", "未知的行政区划：" + region);
                    return null;
                });
        String industryCode = industry == null ? null : taxonomy.resolve(TaxonomyKind.INDUSTRY, industry)
                .map(TaxonomyTerm::code).orElseGet(() -> {
                    fields.error("industryCode", "未知的国民经济行业大类：" + industry);
                    return null;
                });
        if (scale != null && !scale.equals("规上") && !scale.equals("规下")) {
            fields.error("scale", "只能是 规上 或 规下");
        }
        if (!fields.ok() || code == null || name == null || regionCode == null) {
            return null;
        }
        var existing = organizations.findByCreditCode(code);
        if (existing.isPresent()) {
            if (existing.get().kind() != kind) {
                fields.error(field, "该统一社会信用代码已登记为" + (kind == OrganizationKind.PROVIDER ? "需求企业" : "服务商"));
                return null;
            }
            return existing.get();
        }
        Instant now = Instant.now();
        return organizations.save(new Organization(null, kind, name, code, regionCode, industryCode, scale, contactName,
                contactPhone, contactEmail, OrganizationStatus.APPROVED, null, null, now, now));
    }
}
