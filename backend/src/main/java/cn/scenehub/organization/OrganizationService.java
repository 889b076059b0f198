package cn.scenehub.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.PageView;
import cn.scenehub.common.web.Problem;
import cn.scenehub.taxonomy.TaxonomyKind;
import cn.scenehub.taxonomy.TaxonomyLookup;
import cn.scenehub.taxonomy.TaxonomyTerm;
import io.micronaut.http.HttpStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Registration and review of organizations, within each caller's scope: an organization's own
 * users see it, commissioners see those in their districts, admins see all.
 */
@Singleton
public class OrganizationService {

    static final String AUDIT_TYPE = "ORGANIZATION";

    private final OrganizationRepository organizations;
    private final TaxonomyLookup taxonomy;
    private final AuditLog audit;

    OrganizationService(OrganizationRepository organizations, TaxonomyLookup taxonomy, AuditLog audit) {
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    /** Anyone may register; the organization waits for review. */
    @Transactional
    public OrganizationView register(OrganizationRegistration registration, @Nullable CurrentUser actor) {
        String creditCode = CreditCode.normalize(registration.creditCode());
        List<Problem.FieldError> errors = new ArrayList<>();
        CreditCode.problem(creditCode).ifPresent(problem -> errors.add(new Problem.FieldError("creditCode", problem)));
        String region = taxonomy.resolve(TaxonomyKind.REGION, registration.regionCode()).map(TaxonomyTerm::code)
                .orElseGet(() -> {
                    errors.add(new Problem.FieldError("regionCode", "未知的行政区划代码"));
                    return null;
                });
        String industry = registration.industryCode() == null ? null
                : taxonomy.resolve(TaxonomyKind.INDUSTRY, registration.industryCode()).map(TaxonomyTerm::code)
                .orElseGet(() -> {
                    errors.add(new Problem.FieldError("industryCode", "未知的国民经济行业大类"));
                    return null;
                });
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "注册信息有误 (invalid registration)", errors, null);
        }
        if (organizations.findByCreditCode(creditCode).isPresent()) {
            throw ApiException.conflict("该统一社会信用代码已注册 (this credit code is already registered)");
        }
        Instant now = Instant.now();
        Organization saved = organizations.save(new Organization(null, registration.kind(), registration.name().trim(),
                creditCode, region, industry, registration.scale(),
                registration.contactName(), registration.contactPhone(), registration.contactEmail(),
                OrganizationStatus.PENDING, null, null, now, now));
        audit.record(AUDIT_TYPE, saved.id(), "REGISTER", null, OrganizationStatus.PENDING.name(), null, actor,
                saved.regionCode());
        return OrganizationView.of(saved);
    }

    public PageView<OrganizationView> list(CurrentUser user, @Nullable OrganizationKind kind,
                                           @Nullable OrganizationStatus status, Pageable pageable) {
        if (!user.isAdmin() && !user.isCommissioner()) {
            List<OrganizationView> own = user.organizationId() == null ? List.of()
                    : organizations.findById(user.organizationId()).map(OrganizationView::of).stream().toList();
            return new PageView<>(own.size(), 0, own.size(), own);
        }
        Set<String> regions = user.isAdmin() || user.districts().isEmpty() ? Set.of("-") : user.districts();
        return PageView.of(organizations.search(kind == null ? null : kind.name(), status == null ? null : status.name(),
                user.isAdmin(), regions, pageable), OrganizationView::of);
    }

    public OrganizationView get(long id, CurrentUser user) {
        return OrganizationView.of(visible(id, user));
    }

    /** Loads an organization the user may see, or answers 404 (not 403: its existence is private too). */
    public Organization visible(long id, CurrentUser user) {
        Organization organization = organizations.findById(id)
                .orElseThrow(() -> ApiException.notFound("组织 " + id));
        if (!(user.belongsTo(organization.id()) || user.serves(organization.regionCode()))) {
            throw ApiException.notFound("组织 " + id);
        }
        return organization;
    }

    @Transactional
    public OrganizationView review(long id, OrganizationReview review, CurrentUser reviewer) {
        Organization organization = visible(id, reviewer);
        if (!reviewer.serves(organization.regionCode())) {
            throw ApiException.forbidden("只有该区市的数字专员或管理员可以审核 (only the district's commissioners or admins review)");
        }
        if (!review.version().equals(organization.version())) {
            throw ApiException.conflict("该组织已被他人修改，请刷新后重试 (changed since you loaded it)");
        }
        OrganizationStatus from = organization.status();
        OrganizationStatus to = switch (review.decision()) {
            case APPROVE -> requireFrom(from, OrganizationStatus.APPROVED, OrganizationStatus.PENDING);
            case REJECT -> requireFrom(from, OrganizationStatus.REJECTED, OrganizationStatus.PENDING);
            case SUSPEND -> requireFrom(from, OrganizationStatus.SUSPENDED, OrganizationStatus.APPROVED);
            case REINSTATE -> requireFrom(from, OrganizationStatus.APPROVED, OrganizationStatus.SUSPENDED);
        };
        boolean needsReason = to == OrganizationStatus.REJECTED || to == OrganizationStatus.SUSPENDED;
        if (needsReason && (review.reason() == null || review.reason().isBlank())) {
            throw ApiException.badField("reason", "驳回或暂停时必须填写原因");
        }
        Organization updated = organizations.update(organization.withStatus(to, review.reason()));
        audit.record(AUDIT_TYPE, id, review.decision().name(), from.name(), to.name(), review.reason(), reviewer,
                organization.regionCode());
        return OrganizationView.of(updated);
    }

    private static OrganizationStatus requireFrom(OrganizationStatus current, OrganizationStatus target,
                                                  OrganizationStatus required) {
        if (current != required) {
            throw ApiException.conflict("当前状态 " + current + " 不能变更为 " + target + " (not allowed from " + current + ")");
        }
        return target;
    }
}
