package cn.scenehub.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scenehub.annuallist.ListedScenario;
import cn.scenehub.organization.Organization;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.scenario.Scenario;
import io.micronaut.core.annotation.Nullable;

/**
 * Records as the exchange format writes them (field names exactly as in the spec), from the
 * domain: full for administrators (an export re-imports to the same data), public otherwise
 * (no credit code, contact or exact budget).
 */
final class ExchangeRecords {

    private ExchangeRecords() {
    }

    static Map<String, Object> scenario(Scenario s, Organization enterprise) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("externalId", s.getExternalId() != null ? s.getExternalId() : "SH-" + s.getId());
        record.put("year", s.getYear());
        putIfPresent(record, "batch", s.getBatch());
        record.put("title", s.getTitle());
        record.put("description", s.getDescription());
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("name", enterprise.name());
        company.put("creditCode", enterprise.creditCode());
        company.put("region", enterprise.regionCode());
        putIfPresent(company, "industryCode", enterprise.industryCode());
        putIfPresent(company, "scale", enterprise.scale());
        record.put("enterprise", company);
        record.put("industryCode", s.getIndustryCode());
        putIfPresent(record, "industryChain", s.getIndustryChain());
        record.put("category", s.getCategory());
        record.put("modes", s.getModes());
        record.put("techTags", s.getTechTags());
        record.put("region", s.getRegionCode());
        if (s.getBudgetMin() != null && s.getBudgetMax() != null) {
            record.put("budget", Map.of("min", s.getBudgetMin(), "max", s.getBudgetMax()));
        }
        putIfPresent(record, "deadline", s.getDeadline() == null ? null : s.getDeadline().toString());
        if (s.getContactName() != null || s.getContactPhone() != null || s.getContactEmail() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            putIfPresent(contact, "name", s.getContactName());
            putIfPresent(contact, "phone", s.getContactPhone());
            putIfPresent(contact, "email", s.getContactEmail());
            record.put("contact", contact);
        }
        return record;
    }

    /** A published list's entry, as the public may have it: the snapshot, numbered. */
    static Map<String, Object> listed(ListedScenario s) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("number", s.number());
        record.put("externalId", s.externalId() != null ? s.externalId() : "SH-" + s.id());
        record.put("year", s.year());
        putIfPresent(record, "batch", s.batch());
        record.put("title", s.title());
        record.put("description", s.description());
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("name", s.enterprise().name());
        company.put("region", s.enterprise().region());
        putIfPresent(company, "industryCode", s.enterprise().industryCode());
        putIfPresent(company, "scale", s.enterprise().scale());
        record.put("enterprise", company);
        record.put("industryCode", s.industryCode());
        putIfPresent(record, "industryChain", s.industryChain());
        record.put("category", s.category());
        record.put("modes", s.modes());
        record.put("techTags", s.techTags());
        record.put("region", s.region());
        putIfPresent(record, "budgetRange", s.budgetRange());
        putIfPresent(record, "deadline", s.deadline() == null ? null : s.deadline().toString());
        return record;
    }

    static Map<String, Object> provider(Organization o, ProviderProfile p, boolean full) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("externalId", p.externalId() != null ? p.externalId() : "SH-P-" + o.id());
        record.put("name", o.name());
        if (full) {
            record.put("creditCode", o.creditCode());
        }
        record.put("region", o.regionCode());
        record.put("description", p.description());
        putIfPresent(record, "platformType", p.platformType());
        putIfPresent(record, "maturityLevel", p.maturityLevel());
        record.put("capabilities", p.capabilities().stream().map(c -> {
            Map<String, Object> capability = new LinkedHashMap<>();
            capability.put("category", c.category());
            capability.put("modes", orEmpty(c.modes()));
            capability.put("industries", orEmpty(c.industries()));
            capability.put("techTags", orEmpty(c.techTags()));
            putIfPresent(capability, "description", c.description());
            return capability;
        }).toList());
        record.put("serviceRegions", p.serviceRegions());
        record.put("cases", p.cases().stream().map(c -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", c.title());
            putIfPresent(item, "industryCode", c.industryCode());
            putIfPresent(item, "description", c.description());
            putIfPresent(item, "year", c.year());
            return item;
        }).toList());
        record.put("products", p.products().stream().map(product -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", product.name());
            putIfPresent(item, "description", product.description());
            return item;
        }).toList());
        return record;
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }

    private static void putIfPresent(Map<String, Object> record, String field, @Nullable Object value) {
        if (value != null) {
            record.put(field, value);
        }
    }
}
