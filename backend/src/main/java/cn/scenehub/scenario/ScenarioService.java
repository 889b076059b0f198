package cn.scenehub.scenario;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scenehub.catalogue.SearchOutbox;
import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.Role;
import cn.scenehub.audit.AuditEvent;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.PageView;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationKind;
import cn.scenehub.organization.OrganizationRepository;
import cn.scenehub.organization.OrganizationStatus;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Demand scenarios: writing them, moving them through their lifecycle, and showing each caller
 * the view it may see. Scope is enforced here, for every read and write.
 */
@Singleton
public class ScenarioService {

    static final String AUDIT_TYPE = "SCENARIO";

    private final ScenarioRepository scenarios;
    private final OrganizationRepository organizations;
    private final ScenarioFields fields;
    private final AuditLog audit;
    private final SearchOutbox outbox;
    private final ApplicationEventPublisher<ScenarioMoved> moves;

    ScenarioService(ScenarioRepository scenarios, OrganizationRepository organizations, ScenarioFields fields,
                    AuditLog audit, SearchOutbox outbox, ApplicationEventPublisher<ScenarioMoved> moves) {
        this.scenarios = scenarios;
        this.organizations = organizations;
        this.fields = fields;
        this.audit = audit;
        this.outbox = outbox;
        this.moves = moves;
    }

    @Transactional
    public ScenarioView create(ScenarioForm form, CurrentUser user) {
        Organization owner = ownerFor(form, user);
        Scenario scenario = new Scenario();
        scenario.setOrganizationId(owner.id());
        scenario.setStatus(ScenarioStatus.DRAFT);
        scenario.setCreatedAt(Instant.now());
        apply(form, owner, scenario);
        Scenario saved = scenarios.save(scenario);
        audit.record(AUDIT_TYPE, saved.getId(), "CREATE", null, ScenarioStatus.DRAFT.name(), null, user,
                saved.getRegionCode());
        outbox.changed(SearchOutbox.SCENARIO, saved.getId());
        return ScenarioView.of(saved, enterprise(owner));
    }

    @Transactional
    public ScenarioView update(long id, ScenarioForm form, CurrentUser user) {
        Scenario scenario = load(id);
        Set<ScenarioAction.Actor> capacities = capacities(scenario, user);
        boolean ownerMayEdit = capacities.contains(ScenarioAction.Actor.OWNER)
                && EnumSet.of(ScenarioStatus.DRAFT, ScenarioStatus.RETURNED).contains(scenario.getStatus());
        boolean staffMayEdit = (capacities.contains(ScenarioAction.Actor.ADMIN)
                || capacities.contains(ScenarioAction.Actor.COMMISSIONER)) && !scenario.getStatus().isFinal();
        if (!ownerMayEdit && !staffMayEdit) {
            throw visibleTo(scenario, user)
                    ? ApiException.forbidden("当前状态下不能修改该场景 (cannot edit in status " + scenario.getStatus() + ")")
                    : ApiException.notFound("场景 " + id);
        }
        requireVersion(scenario, form.version());
        Organization owner = organizations.findById(scenario.getOrganizationId()).orElseThrow();
        apply(form, owner, scenario);
        Scenario saved = scenarios.update(scenario);
        audit.record(AUDIT_TYPE, id, "EDIT", scenario.getStatus().name(), scenario.getStatus().name(), null, user,
                saved.getRegionCode());
        outbox.changed(SearchOutbox.SCENARIO, id);
        return ScenarioView.of(saved, enterprise(owner));
    }

    @Transactional
    public ScenarioView transition(long id, ScenarioTransition move, CurrentUser user) {
        Scenario scenario = load(id);
        if (!visibleTo(scenario, user)) {
            throw ApiException.notFound("场景 " + id);
        }
        ScenarioAction action = move.action();
        if (!action.allows(capacities(scenario, user))) {
            throw ApiException.forbidden("无权执行 " + action + " (not allowed to " + action + " this scenario)");
        }
        requireVersion(scenario, move.version());
        return apply(scenario, action, move.reason(), user);
    }

    /**
     * A lifecycle move made as the consequence of another record's change (an award starts the
     * negotiation, a contract moves to CONTRACTED), inside the caller's transaction. The same
     * table decides who may make it and from where; the caller has checked the data scope.
     */
    @Transactional
    public ScenarioView advance(Scenario scenario, ScenarioAction action, @Nullable String reason, CurrentUser user) {
        if (!action.allows(capacities(scenario, user))) {
            throw ApiException.forbidden("无权执行 " + action + " (not allowed to " + action + " this scenario)");
        }
        return apply(scenario, action, reason, user);
    }

    private ScenarioView apply(Scenario scenario, ScenarioAction action, @Nullable String reason, CurrentUser user) {
        long id = scenario.getId();
        ScenarioStatus from = scenario.getStatus();
        if (!action.startsFrom(from)) {
            throw ApiException.conflict("状态 " + from + " 下不能执行 " + action + " (not allowed from " + from + ")");
        }
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            throw ApiException.badField("reason", "该操作必须填写原因");
        }
        scenario.setStatus(action.target());
        scenario.setStatusReason(reason);
        scenario.setUpdatedAt(Instant.now());
        if (action == ScenarioAction.PUBLISH) {
            scenario.setPublishedAt(Instant.now());
        }
        Scenario saved = scenarios.update(scenario);
        audit.record(AUDIT_TYPE, id, action.name(), from.name(), action.target().name(), reason, user,
                scenario.getRegionCode());
        outbox.changed(SearchOutbox.SCENARIO, id);
        moves.publishEvent(new ScenarioMoved(saved, action, from, user));
        return ScenarioView.of(saved, enterprise(organizations.findById(saved.getOrganizationId()).orElseThrow()));
    }

    /**
     * The scenario itself for those who act on it (its enterprise, a commissioner of its district,
     * an admin), e.g. to see its recommended providers; 404 for everyone else.
     */
    public Scenario entitled(long id, CurrentUser user) {
        Scenario scenario = load(id);
        if (capacities(scenario, user).isEmpty()) {
            throw ApiException.notFound("场景 " + id);
        }
        return scenario;
    }

    /** The full view for those entitled to it, the public view for everyone else, else 404. */
    public Object view(long id, @Nullable CurrentUser user) {
        Scenario scenario = load(id);
        ScenarioView.Enterprise enterprise = enterprise(organizations.findById(scenario.getOrganizationId()).orElseThrow());
        if (user != null && !capacities(scenario, user).isEmpty()) {
            return ScenarioView.of(scenario, enterprise);
        }
        if (scenario.getStatus().isPublic()) {
            return PublicScenarioView.of(scenario, enterprise);
        }
        throw ApiException.notFound("场景 " + id);
    }

    /**
     * The public view of each of the given scenarios that the public may see now, by id; the others
     * are left out. For snapshots of published scenarios, such as the annual lists.
     */
    public Map<Long, PublicScenarioView> publicViews(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ScenarioView.Enterprise> owners = new HashMap<>();
        Map<Long, PublicScenarioView> views = new HashMap<>();
        for (Scenario s : scenarios.findByIdIn(ids)) {
            if (s.getStatus().isPublic()) {
                ScenarioView.Enterprise owner = owners.computeIfAbsent(s.getOrganizationId(),
                        o -> enterprise(organizations.findById(o).orElseThrow()));
                views.put(s.getId(), PublicScenarioView.of(s, owner));
            }
        }
        return views;
    }

    public PageView<Object> list(@Nullable CurrentUser user, @Nullable ScenarioStatus status, @Nullable Integer year,
                                 Pageable pageable) {
        boolean full = user != null && (user.isAdmin() || user.isCommissioner() || user.role() == Role.ENTERPRISE);
        Long organization = user != null && user.role() == Role.ENTERPRISE ? orNone(user.organizationId()) : null;
        boolean allRegions = !full || user.isAdmin() || user.role() == Role.ENTERPRISE;
        Set<String> regions = allRegions || user.districts().isEmpty() ? Set.of("-") : user.districts();
        Set<String> statuses = status != null ? Set.of(status.name())
                : full ? Set.of("-") : ScenarioStatus.PUBLIC.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
        if (!full && status != null && !status.isPublic()) {
            return new PageView<>(0, pageable.getNumber(), pageable.getSize(), List.of());
        }
        var page = scenarios.search(organization, allRegions, regions, status == null && full, statuses, year, pageable);
        return PageView.of(page, s -> {
            ScenarioView.Enterprise enterprise = enterprise(organizations.findById(s.getOrganizationId()).orElseThrow());
            return full ? ScenarioView.of(s, enterprise) : PublicScenarioView.of(s, enterprise);
        });
    }

    public List<AuditEvent> trail(long id, CurrentUser user) {
        Scenario scenario = load(id);
        if (!user.serves(scenario.getRegionCode())) {
            throw visibleTo(scenario, user) ? ApiException.forbidden("只有管理员和该区市的数字专员可以查看审计记录")
                    : ApiException.notFound("场景 " + id);
        }
        return audit.trail(AUDIT_TYPE, id);
    }

    /** In which capacities the user acts on this scenario; empty if none. */
    public Set<ScenarioAction.Actor> capacities(Scenario scenario, CurrentUser user) {
        Set<ScenarioAction.Actor> capacities = EnumSet.noneOf(ScenarioAction.Actor.class);
        if (user.isAdmin()) {
            capacities.add(ScenarioAction.Actor.ADMIN);
        }
        if (user.isCommissioner() && user.serves(scenario.getRegionCode())) {
            capacities.add(ScenarioAction.Actor.COMMISSIONER);
        }
        if (user.role() == Role.ENTERPRISE && user.belongsTo(scenario.getOrganizationId())) {
            capacities.add(ScenarioAction.Actor.OWNER);
        }
        return capacities;
    }

    public boolean visibleTo(Scenario scenario, CurrentUser user) {
        return !capacities(scenario, user).isEmpty() || scenario.getStatus().isPublic();
    }

    private Organization ownerFor(ScenarioForm form, CurrentUser user) {
        Organization owner;
        if (user.role() == Role.ENTERPRISE) {
            owner = organizations.findById(orNone(user.organizationId())).orElseThrow();
        } else if (user.isAdmin() || user.isCommissioner()) {
            if (form.organizationId() == null) {
                throw ApiException.badField("organizationId", "请指定需求企业");
            }
            owner = organizations.findById(form.organizationId())
                    .filter(o -> user.serves(o.regionCode()))
                    .orElseThrow(() -> ApiException.badField("organizationId", "需求企业不存在或不在您负责的区市"));
        } else {
            throw ApiException.forbidden("只有企业用户、数字专员和管理员可以发布需求场景");
        }
        if (owner.kind() != OrganizationKind.MANUFACTURER || owner.status() != OrganizationStatus.APPROVED) {
            throw ApiException.conflict("需求企业须为审核通过的制造企业 (the enterprise must be an approved manufacturer)");
        }
        return owner;
    }

    private void apply(ScenarioForm form, Organization owner, Scenario scenario) {
        String industry = form.industryCode() != null ? form.industryCode() : owner.industryCode();
        String region = form.region() != null ? form.region() : owner.regionCode();
        var budget = form.budget();
        ScenarioFields.Resolved resolved = fields.resolve(form.category(), form.modes(), industry, region,
                form.industryChain(), form.techTags(), budget == null ? null : budget.min(),
                budget == null ? null : budget.max(), form.deadline(), false);
        scenario.setYear(form.year());
        scenario.setBatch(blankToNull(form.batch()));
        scenario.setTitle(form.title().trim());
        scenario.setDescription(form.description().trim());
        scenario.setIndustryCode(resolved.industryCode());
        scenario.setIndustryChain(resolved.industryChain());
        scenario.setCategory(resolved.category());
        scenario.setModes(resolved.modes());
        scenario.setTechTags(resolved.techTags());
        scenario.setRegionCode(resolved.region());
        scenario.setBudgetMin(budget == null ? null : budget.min());
        scenario.setBudgetMax(budget == null ? null : budget.max());
        scenario.setDeadline(form.deadline());
        var contact = form.contact();
        scenario.setContactName(contact == null ? owner.contactName() : contact.name());
        scenario.setContactPhone(contact == null ? owner.contactPhone() : contact.phone());
        scenario.setContactEmail(contact == null ? owner.contactEmail() : contact.email());
        scenario.setConfidentialNotes(blankToNull(form.confidentialNotes()));
        scenario.setUpdatedAt(Instant.now());
    }

    /** The scenario, or 404 naming it; callers check the data scope themselves. */
    public Scenario load(long id) {
        return scenarios.findById(id).orElseThrow(() -> ApiException.notFound("场景 " + id));
    }

    private static void requireVersion(Scenario scenario, @Nullable Long version) {
        if (version == null) {
            throw ApiException.badField("version", "修改时必须提供版本号");
        }
        if (!version.equals(scenario.getVersion())) {
            throw ApiException.conflict("该场景已被他人修改，请刷新后重试 (changed since you loaded it)");
        }
    }

    public static ScenarioView.Enterprise enterprise(Organization o) {
        return new ScenarioView.Enterprise(o.id(), o.name(), o.creditCode(), o.regionCode(), o.industryCode(), o.scale());
    }

    private static long orNone(@Nullable Long organizationId) {
        if (organizationId == null) {
            throw ApiException.forbidden("该账号未关联组织");
        }
        return organizationId;
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
