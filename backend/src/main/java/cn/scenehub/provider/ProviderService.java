package cn.scenehub.provider;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Provider profiles, capability maps and the pool. A provider edits only its own profile;
 * commissioners act on providers of their districts; only LISTED providers are public.
 */
@Singleton
public class ProviderService {

    static final String AUDIT_TYPE = "PROVIDER";

    private final ProviderProfileRepository profiles;
    private final OrganizationRepository organizations;
    private final ProviderFields fields;
    private final AuditLog audit;
    private final SearchOutbox outbox;

    ProviderService(ProviderProfileRepository profiles, OrganizationRepository organizations, ProviderFields fields,
                    AuditLog audit, SearchOutbox outbox) {
        this.profiles = profiles;
        this.organizations = organizations;
        this.fields = fields;
        this.audit = audit;
        this.outbox = outbox;
    }

    public ProviderView view(long id, @Nullable CurrentUser user) {
        Organization organization = providerOrganization(id);
        ProviderProfile profile = profiles.findById(id).orElse(null);
        if (user != null && mayManage(organization, user)) {
            return view(organization, profile);
        }
        if (profile != null && profile.poolStatus() == PoolStatus.LISTED) {
            return view(organization, profile).publicView();
        }
        throw ApiException.notFound("服务商 " + id);
    }

    @Transactional
    public ProviderView saveProfile(long id, ProviderProfileForm form, CurrentUser user) {
        Organization organization = providerOrganization(id);
        if (!mayManage(organization, user)) {
            throw ApiException.notFound("服务商 " + id);
        }
        if (organization.status() != OrganizationStatus.APPROVED) {
            throw ApiException.conflict("服务商审核通过后才能维护能力图谱");
        }
        ProviderProfile current = profiles.findById(id).orElse(null);
        if (current != null) {
            if (form.version() == null) {
                throw ApiException.badField("version", "修改时必须提供版本号");
            }
            if (!form.version().equals(current.version())) {
                throw ApiException.conflict("能力图谱已被他人修改，请刷新后重试 (changed since you loaded it)");
            }
        }
        // Providers may leave the level out (it stays as assessed) but not change it.
        boolean staff = user.serves(organization.regionCode());
        Integer currentLevel = current == null ? null : current.maturityLevel();
        Integer level = staff || form.maturityLevel() != null ? form.maturityLevel() : currentLevel;
        if (!staff && !Objects.equals(level, currentLevel)) {
            throw ApiException.badField("maturityLevel", "成熟度等级由数字专员或管理员评定");
        }
        ProviderFields.Resolved resolved = fields.resolve(form.capabilities(), form.cases(), form.serviceRegions());
        Instant now = Instant.now();
        ProviderProfile profile = new ProviderProfile(id, current == null ? null : current.externalId(),
                form.description().trim(), form.platformType(), level, resolved.capabilities(),
                resolved.cases(), form.products() == null ? List.of() : form.products(), resolved.serviceRegions(),
                current == null ? PoolStatus.DRAFT : current.poolStatus(),
                current == null ? null : current.statusReason(), current == null ? null : current.version(),
                current == null ? now : current.createdAt(), now, current == null ? null : current.listedAt());
        ProviderProfile saved = current == null ? profiles.save(profile) : profiles.update(profile);
        audit.record(AUDIT_TYPE, id, current == null ? "CREATE_PROFILE" : "EDIT_PROFILE", saved.poolStatus().name(),
                saved.poolStatus().name(), null, user, organization.regionCode());
        outbox.changed(SearchOutbox.PROVIDER, id);
        return view(organization, saved);
    }

    @Transactional
    public ProviderView move(long id, PoolMove move, CurrentUser user) {
        Organization organization = providerOrganization(id);
        if (!mayManage(organization, user)) {
            throw ApiException.notFound("服务商 " + id);
        }
        ProviderProfile profile = profiles.findById(id)
                .orElseThrow(() -> ApiException.conflict("请先填写服务能力图谱 (write the capability map first)"));
        boolean staff = user.serves(organization.regionCode());
        if (move.action() == PoolMove.Action.APPLY ? !user.belongsTo(id) && !user.isAdmin() : !staff) {
            throw ApiException.forbidden("无权执行 " + move.action());
        }
        if (!move.version().equals(profile.version())) {
            throw ApiException.conflict("能力图谱已被他人修改，请刷新后重试 (changed since you loaded it)");
        }
        PoolStatus from = profile.poolStatus();
        PoolStatus to = switch (move.action()) {
            case APPLY -> require(from, PoolStatus.APPLIED, PoolStatus.DRAFT, PoolStatus.REMOVED);
            case LIST -> require(from, PoolStatus.LISTED, PoolStatus.APPLIED);
            case SUSPEND -> require(from, PoolStatus.SUSPENDED, PoolStatus.LISTED);
            case REINSTATE -> require(from, PoolStatus.LISTED, PoolStatus.SUSPENDED);
            case REMOVE -> require(from, PoolStatus.REMOVED, PoolStatus.APPLIED, PoolStatus.LISTED, PoolStatus.SUSPENDED);
        };
        if (move.action() == PoolMove.Action.APPLY && profile.capabilities().isEmpty()) {
            throw ApiException.badField("capabilities", "申请入库前至少填写一项服务能力");
        }
        boolean needsReason = to == PoolStatus.SUSPENDED || to == PoolStatus.REMOVED;
        if (needsReason && (move.reason() == null || move.reason().isBlank())) {
            throw ApiException.badField("reason", "暂停或移出资源池时必须填写原因");
        }
        ProviderProfile saved = profiles.update(profile.withPool(to, move.reason()));
        audit.record(AUDIT_TYPE, id, move.action().name(), from.name(), to.name(), move.reason(), user,
                organization.regionCode());
        outbox.changed(SearchOutbox.PROVIDER, id);
        return view(organization, saved);
    }

    public PageView<ProviderView> list(@Nullable CurrentUser user, @Nullable PoolStatus status, Pageable pageable) {
        boolean staff = user != null && (user.isAdmin() || user.isCommissioner());
        Set<String> statuses = !staff ? Set.of(PoolStatus.LISTED.name())
                : status != null ? Set.of(status.name())
                : Set.of(PoolStatus.values()).stream().map(Enum::name).collect(Collectors.toSet());
        boolean allRegions = !staff || user.isAdmin();
        Set<String> regions = allRegions || user.districts().isEmpty() ? Set.of("-") : user.districts();
        var page = profiles.search(statuses, allRegions, regions, pageable);
        return PageView.of(page, p -> {
            ProviderView view = view(organizations.findById(p.organizationId()).orElseThrow(), p);
            return staff ? view : view.publicView();
        });
    }

    public List<AuditEvent> trail(long id, CurrentUser user) {
        Organization organization = providerOrganization(id);
        if (!user.serves(organization.regionCode())) {
            throw ApiException.notFound("服务商 " + id);
        }
        return audit.trail(AUDIT_TYPE, id);
    }

    private boolean mayManage(Organization organization, CurrentUser user) {
        return (user.role() == Role.PROVIDER && user.belongsTo(organization.id())) || user.serves(organization.regionCode());
    }

    private Organization providerOrganization(long id) {
        return organizations.findById(id).filter(o -> o.kind() == OrganizationKind.PROVIDER)
                .orElseThrow(() -> ApiException.notFound("服务商 " + id));
    }

    private static PoolStatus require(PoolStatus current, PoolStatus target, PoolStatus... from) {
        for (PoolStatus allowed : from) {
            if (current == allowed) {
                return target;
            }
        }
        throw ApiException.conflict("当前状态 " + current + " 不能变更为 " + target);
    }

    static ProviderView view(Organization o, @Nullable ProviderProfile p) {
        ProviderView.Contact contact = new ProviderView.Contact(o.contactName(), o.contactPhone(), o.contactEmail());
        if (p == null) {
            return new ProviderView(o.id(), null, o.name(), o.creditCode(), o.regionCode(), "", null, null, List.of(),
                    List.of(), List.of(), List.of(), PoolStatus.DRAFT, null, contact, null, o.updatedAt(), null);
        }
        return new ProviderView(o.id(), p.externalId(), o.name(), o.creditCode(), o.regionCode(), p.description(),
                p.platformType(), p.maturityLevel(), p.capabilities(), p.cases(), p.products(), p.serviceRegions(),
                p.poolStatus(), p.statusReason(), contact, p.version(), p.updatedAt(), p.listedAt());
    }
}
