package cn.scenehub.imports;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import cn.scenehub.catalogue.SearchOutbox;
import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationKind;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioFields;
import cn.scenehub.scenario.ScenarioRepository;
import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Imports one scenario record of the exchange format: checks every field, registers its
 * enterprise if new, and creates or updates the scenario keyed by externalId. Each record is its
 * own transaction, so a bad record never takes good ones with it.
 */
@Singleton
class ScenarioImporter {

    private final ScenarioRepository scenarios;
    private final ScenarioFields scenarioFields;
    private final ImportedOrganizations organizations;
    private final AuditLog audit;
    private final SearchOutbox outbox;

    ScenarioImporter(ScenarioRepository scenarios, ScenarioFields scenarioFields, ImportedOrganizations organizations,
                     AuditLog audit, SearchOutbox outbox) {
        this.scenarios = scenarios;
        this.scenarioFields = scenarioFields;
        this.organizations = organizations;
        this.audit = audit;
        this.outbox = outbox;
    }

    record Imported(long id, ImportTally.Outcome outcome) {
    }

    @Transactional
    Imported importOne(Map<String, Object> record, ScenarioStatus status, @Nullable CurrentUser actor) throws RecordRejected {
        RecordFields f = new RecordFields(record);
        String externalId = f.text("externalId", true, 64);
        Long year = f.integer("year", true);
        if (year != null && (year < 2000 || year > 2100)) {
            f.error("year", "年度应在 2000–2100 之间");
        }
        String batch = f.text("batch", false, 32);
        String title = f.text("title", true, 120);
        String description = f.text("description", true, 5000);
        String industryCode = f.text("industryCode", true, 40);
        String industryChain = f.text("industryChain", false, 60);
        String category = f.text("category", true, 40);
        var modes = f.strings("modes", true);
        var techTags = f.strings("techTags", false);
        String region = f.text("region", true, 40);
        RecordFields budget = f.object("budget", false);
        Long min = budget == null ? null : budget.integer("min", true);
        Long max = budget == null ? null : budget.integer("max", true);
        if ((min != null && min < 0) || (max != null && max < 0)) {
            f.error("budget", "预算不能为负数");
        }
        var deadline = f.date("deadline");
        RecordFields contact = f.object("contact", false);
        String contactName = contact == null ? null : contact.text("name", false, 60);
        String contactPhone = contact == null ? null : contact.text("phone", false, 40);
        String contactEmail = contact == null ? null : contact.text("email", false, 120);
        RecordFields enterprise = f.object("enterprise", true);
        Organization owner = null;
        if (enterprise != null) {
            String name = enterprise.text("name", true, 120);
            String creditCode = enterprise.text("creditCode", true, 18);
            String enterpriseRegion = enterprise.text("region", false, 40);
            String enterpriseIndustry = enterprise.text("industryCode", false, 40);
            String scale = enterprise.text("scale", false, 8);
            owner = organizations.findOrCreate(OrganizationKind.MANUFACTURER, enterprise, name, creditCode,
                    enterpriseRegion != null ? enterpriseRegion : region,
                    enterpriseIndustry != null ? enterpriseIndustry : industryCode, scale, contactName, contactPhone,
                    contactEmail);
        }
        ScenarioFields.Resolved resolved = null;
        if (category != null && industryCode != null && region != null && !modes.isEmpty()) {
            try {
                resolved = scenarioFields.resolve(category, modes, industryCode, region, industryChain, techTags,
                        min, max, deadline, true);
            } catch (ApiException e) {
                f.errors(e.fieldErrors());
            }
        }
        if (!f.ok() || owner == null || resolved == null) {
            throw new RecordRejected(f.errors);
        }

        Scenario existing = scenarios.findByExternalId(externalId).orElse(null);
        Scenario scenario = existing != null ? existing : new Scenario();
        Scenario before = existing == null ? null : copyOf(existing);
        scenario.setExternalId(externalId);
        scenario.setYear(year.intValue());
        scenario.setBatch(batch);
        scenario.setTitle(title);
        scenario.setDescription(description);
        scenario.setOrganizationId(owner.id());
        scenario.setIndustryCode(resolved.industryCode());
        scenario.setIndustryChain(resolved.industryChain());
        scenario.setCategory(resolved.category());
        scenario.setModes(resolved.modes());
        scenario.setTechTags(resolved.techTags());
        scenario.setRegionCode(resolved.region());
        scenario.setBudgetMin(min);
        scenario.setBudgetMax(max);
        scenario.setDeadline(deadline);
        // A contact field the record leaves out keeps its value (a spreadsheet has no e-mail column).
        scenario.setContactName(contactName != null || existing == null ? contactName : existing.getContactName());
        scenario.setContactPhone(contactPhone != null || existing == null ? contactPhone : existing.getContactPhone());
        scenario.setContactEmail(contactEmail != null || existing == null ? contactEmail : existing.getContactEmail());
        if (existing == null) {
            Instant now = Instant.now();
            scenario.setStatus(status);
            scenario.setCreatedAt(now);
            scenario.setUpdatedAt(now);
            scenario.setPublishedAt(status.isPublic() ? now : null);
            Scenario saved = scenarios.save(scenario);
            audit.record("SCENARIO", saved.getId(), "IMPORT", null, status.name(), null, actor, saved.getRegionCode());
            outbox.changed(SearchOutbox.SCENARIO, saved.getId());
            return new Imported(saved.getId(), ImportTally.Outcome.CREATED);
        }
        if (sameContent(before, scenario)) {
            return new Imported(existing.getId(), ImportTally.Outcome.UNCHANGED);
        }
        scenario.setUpdatedAt(Instant.now());
        Scenario saved = scenarios.update(scenario);
        audit.record("SCENARIO", saved.getId(), "IMPORT_UPDATE", saved.getStatus().name(), saved.getStatus().name(),
                null, actor, saved.getRegionCode());
        outbox.changed(SearchOutbox.SCENARIO, saved.getId());
        return new Imported(saved.getId(), ImportTally.Outcome.UPDATED);
    }

    private static Scenario copyOf(Scenario s) {
        Scenario c = new Scenario();
        c.setYear(s.getYear());
        c.setBatch(s.getBatch());
        c.setTitle(s.getTitle());
        c.setDescription(s.getDescription());
        c.setOrganizationId(s.getOrganizationId());
        c.setIndustryCode(s.getIndustryCode());
        c.setIndustryChain(s.getIndustryChain());
        c.setCategory(s.getCategory());
        c.setModes(s.getModes());
        c.setTechTags(s.getTechTags());
        c.setRegionCode(s.getRegionCode());
        c.setBudgetMin(s.getBudgetMin());
        c.setBudgetMax(s.getBudgetMax());
        c.setDeadline(s.getDeadline());
        c.setContactName(s.getContactName());
        c.setContactPhone(s.getContactPhone());
        c.setContactEmail(s.getContactEmail());
        return c;
    }

    /** Whether the imported fields equal what is stored: then re-importing changes nothing. */
    private static boolean sameContent(Scenario a, Scenario b) {
        return a.getYear() == b.getYear() && Objects.equals(a.getBatch(), b.getBatch())
                && Objects.equals(a.getTitle(), b.getTitle()) && Objects.equals(a.getDescription(), b.getDescription())
                && Objects.equals(a.getOrganizationId(), b.getOrganizationId())
                && Objects.equals(a.getIndustryCode(), b.getIndustryCode())
                && Objects.equals(a.getIndustryChain(), b.getIndustryChain())
                && Objects.equals(a.getCategory(), b.getCategory()) && Objects.equals(a.getModes(), b.getModes())
                && Objects.equals(a.getTechTags(), b.getTechTags()) && Objects.equals(a.getRegionCode(), b.getRegionCode())
                && Objects.equals(a.getBudgetMin(), b.getBudgetMin()) && Objects.equals(a.getBudgetMax(), b.getBudgetMax())
                && Objects.equals(a.getDeadline(), b.getDeadline()) && Objects.equals(a.getContactName(), b.getContactName())
                && Objects.equals(a.getContactPhone(), b.getContactPhone())
                && Objects.equals(a.getContactEmail(), b.getContactEmail());
    }
}
