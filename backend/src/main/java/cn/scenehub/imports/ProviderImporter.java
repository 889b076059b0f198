package cn.scenehub.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.scenehub.catalogue.SearchOutbox;
import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationKind;
import cn.scenehub.provider.Capability;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.Product;
import cn.scenehub.provider.ProviderCase;
import cn.scenehub.provider.ProviderFields;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.provider.ProviderProfileRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Imports one provider record of the exchange format: its organization (by credit code) and
 * its profile with the capability map (by externalId), each record in its own transaction.
 */
@Singleton
class ProviderImporter {

    private final ProviderProfileRepository profiles;
    private final ProviderFields providerFields;
    private final ImportedOrganizations organizations;
    private final AuditLog audit;
    private final SearchOutbox outbox;

    ProviderImporter(ProviderProfileRepository profiles, ProviderFields providerFields,
                     ImportedOrganizations organizations, AuditLog audit, SearchOutbox outbox) {
        this.profiles = profiles;
        this.providerFields = providerFields;
        this.organizations = organizations;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    ScenarioImporter.Imported importOne(Map<String, Object> record, PoolStatus status, @Nullable CurrentUser actor)
            throws RecordRejected {
        RecordFields f = new RecordFields(record);
        String externalId = f.text("externalId", true, 64);
        String name = f.text("name", true, 120);
        String creditCode = f.text("creditCode", true, 18);
        String region = f.text("region", true, 40);
        String description = f.text("description", true, 5000);
        String platformType = f.text("platformType", false, 8);
        if (platformType != null && !List.of("综合型", "特色型", "专业型").contains(platformType)) {
            f.error("platformType", "只能是 综合型、特色型 或 专业型");
        }
        Long maturity = f.integer("maturityLevel", false);
        if (maturity != null && (maturity < 1 || maturity > 3)) {
            f.error("maturityLevel", "应为 1–3");
        }
        List<Capability> capabilities = new ArrayList<>();
        for (RecordFields c : f.objects("capabilities", true)) {
            capabilities.add(new Capability(Objects.requireNonNullElse(c.text("category", true, 40), ""),
                    c.strings("modes", false), c.strings("industries", false), c.strings("techTags", false),
                    c.text("description", false, 2000)));
        }
        List<ProviderCase> cases = new ArrayList<>();
        for (RecordFields c : f.objects("cases", false)) {
            Long year = c.integer("year", false);
            cases.add(new ProviderCase(Objects.requireNonNullElse(c.text("title", true, 120), ""),
                    c.text("industryCode", false, 40), c.text("description", false, 2000),
                    year == null ? null : year.intValue()));
        }
        List<Product> products = new ArrayList<>();
        for (RecordFields p : f.objects("products", false)) {
            products.add(new Product(Objects.requireNonNullElse(p.text("name", true, 120), ""),
                    p.text("description", false, 2000)));
        }
        List<String> serviceRegions = f.strings("serviceRegions", false);
        Organization organization = organizations.findOrCreate(OrganizationKind.PROVIDER, f, name, creditCode, region,
                null, null, null, null, null);
        ProviderFields.Resolved resolved = null;
        if (f.ok()) {
            try {
                resolved = providerFields.resolve(capabilities, cases, serviceRegions);
            } catch (ApiException e) {
                f.errors(e.fieldErrors());
            }
        }
        if (!f.ok() || organization == null || resolved == null) {
            throw new RecordRejected(f.errors);
        }

        ProviderProfile existing = profiles.findById(organization.id()).orElse(null);
        Instant now = Instant.now();
        ProviderProfile profile = new ProviderProfile(organization.id(), externalId, description, platformType,
                maturity == null ? null : maturity.intValue(), resolved.capabilities(), resolved.cases(), products,
                resolved.serviceRegions(), existing == null ? status : existing.poolStatus(),
                existing == null ? null : existing.statusReason(), existing == null ? null : existing.version(),
                existing == null ? now : existing.createdAt(), now,
                existing == null ? (status == PoolStatus.LISTED ? now : null) : existing.listedAt());
        if (existing == null) {
            profiles.save(profile);
            audit.record("PROVIDER", organization.id(), "IMPORT", null, status.name(), null, actor, organization.regionCode());
            outbox.changed(SearchOutbox.PROVIDER, organization.id());
            return new ScenarioImporter.Imported(organization.id(), ImportTally.Outcome.CREATED);
        }
        if (sameContent(existing, profile)) {
            return new ScenarioImporter.Imported(organization.id(), ImportTally.Outcome.UNCHANGED);
        }
        profiles.update(profile);
        audit.record("PROVIDER", organization.id(), "IMPORT_UPDATE", existing.poolStatus().name(),
                existing.poolStatus().name(), null, actor, organization.regionCode());
        outbox.changed(SearchOutbox.PROVIDER, organization.id());
        return new ScenarioImporter.Imported(organization.id(), ImportTally.Outcome.UPDATED);
    }

    private static boolean sameContent(ProviderProfile a, ProviderProfile b) {
        return Objects.equals(a.externalId(), b.externalId()) && Objects.equals(a.description(), b.description())
                && Objects.equals(a.platformType(), b.platformType()) && Objects.equals(a.maturityLevel(), b.maturityLevel())
                && Objects.equals(a.capabilities(), b.capabilities()) && Objects.equals(a.cases(), b.cases())
                && Objects.equals(a.products(), b.products()) && Objects.equals(a.serviceRegions(), b.serviceRegions());
    }
}
