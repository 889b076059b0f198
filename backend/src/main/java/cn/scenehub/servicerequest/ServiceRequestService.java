package cn.scenehub.servicerequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.Role;
import cn.scenehub.account.UserAccount;
import cn.scenehub.account.UserAccountRepository;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.PageView;
import cn.scenehub.notification.NotificationType;
import cn.scenehub.notification.Notifier;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationKind;
import cn.scenehub.organization.OrganizationRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * 企业吹哨 → 专员到位. An enterprise raises a request; it goes to the least-loaded commissioner of
 * its district; the district's commissioners and admins may reassign it. Enterprises see their
 * own requests, commissioners those of their districts, admins all; the rest is 404.
 */
@Singleton
class ServiceRequestService {

    static final String AUDIT_TYPE = "SERVICE_REQUEST";

    private final ServiceRequestRepository requests;
    private final ServiceVisitRepository visits;
    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final ServiceRequestSettings settings;
    private final AuditLog audit;
    private final Notifier notifier;
    private final Clock clock;

    ServiceRequestService(ServiceRequestRepository requests, ServiceVisitRepository visits,
                          OrganizationRepository organizations, UserAccountRepository users,
                          ServiceRequestSettings settings, AuditLog audit, Notifier notifier, Clock clock) {
        this.requests = requests;
        this.visits = visits;
        this.organizations = organizations;
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    ServiceRequestView raise(ServiceRequestForms.Raise form, CurrentUser user) {
        if (user.role() != Role.ENTERPRISE || user.organizationId() == null) {
            throw ApiException.forbidden("只有企业用户可以吹哨 (only enterprises raise service requests)");
        }
        Organization org = organizations.findById(user.organizationId()).orElseThrow();
        Instant now = clock.instant();
        requests.lockDistrict(org.regionCode());
        Long assignee = requests.leastLoaded(org.regionCode()).stream().findFirst().orElse(null);
        ServiceRequest saved = requests.save(new ServiceRequest(null, org.id(), org.regionCode(), form.need().trim(),
                form.urgency(), ServiceRequest.Status.OPEN, assignee, assignee == null ? null : now,
                now.plus(settings.acknowledgeWithin), now.plus(settings.visitWithin), null, null, null, null,
                user.id(), null, now, now));
        audit.record(AUDIT_TYPE, saved.id(), "RAISE", null, saved.status().name(),
                assignee == null ? "区市暂无数字专员" : "分派给用户 " + assignee, user, org.regionCode());
        if (assignee != null) {
            notifyAssigned(saved, org, assignee);
        } else {
            notifier.toAdmins(new Notifier.Message(NotificationType.REQUEST_ASSIGNED,
                    "企业吹哨无人承接（区市暂无数字专员）：" + org.name(), saved.need(), link(saved)));
        }
        return view(saved);
    }

    @Transactional
    ServiceRequestView acknowledge(long id, CurrentUser user) {
        ServiceRequest request = handled(id, user);
        if (request.status() != ServiceRequest.Status.OPEN) {
            throw ApiException.conflict("该请求已确认 (status " + request.status() + ")");
        }
        ServiceRequest saved = requests.update(request.moved(ServiceRequest.Status.ACKNOWLEDGED, clock.instant()));
        audit.record(AUDIT_TYPE, id, "ACKNOWLEDGE", request.status().name(), saved.status().name(), null, user,
                request.regionCode());
        return view(saved);
    }

    @Transactional
    ServiceRequestView reassign(long id, ServiceRequestForms.Reassign form, CurrentUser user) {
        ServiceRequest request = handled(id, user);
        if (request.status() == ServiceRequest.Status.CLOSED) {
            throw ApiException.conflict("请求已关闭");
        }
        UserAccount to = users.findById(form.assigneeId())
                .filter(u -> u.role() == Role.COMMISSIONER && u.enabled()
                        && users.findDistricts(u.id()).contains(request.regionCode()))
                .orElseThrow(() -> ApiException.badField("assigneeId", "须为服务该区市的数字专员"));
        ServiceRequest saved = requests.update(request.assigned(to.id(), clock.instant()));
        audit.record(AUDIT_TYPE, id, "REASSIGN", request.status().name(), saved.status().name(),
                "改派给 " + to.username() + (form.reason() == null ? "" : "：" + form.reason()), user, request.regionCode());
        notifyAssigned(saved, organizations.findById(request.organizationId()).orElseThrow(), to.id());
        return view(saved);
    }

    @Transactional
    ServiceRequestView close(long id, @Nullable String reason, CurrentUser user) {
        ServiceRequest request = visible(id, user);
        if (request.status() == ServiceRequest.Status.CLOSED) {
            throw ApiException.conflict("请求已关闭");
        }
        ServiceRequest saved = requests.update(request.moved(ServiceRequest.Status.CLOSED, clock.instant()));
        audit.record(AUDIT_TYPE, id, "CLOSE", request.status().name(), saved.status().name(), reason, user,
                request.regionCode());
        return view(saved);
    }

    /** Logs a visit for a request; the request counts as visited. */
    @Transactional
    ServiceVisit visit(long id, ServiceRequestForms.Visit form, CurrentUser user) {
        ServiceRequest request = handled(id, user);
        if (request.status() == ServiceRequest.Status.CLOSED) {
            throw ApiException.conflict("请求已关闭");
        }
        ServiceVisit saved = saveVisit(request.organizationId(), request.regionCode(), id, form, user);
        if (request.status() != ServiceRequest.Status.VISITED) {
            requests.update(request.moved(ServiceRequest.Status.VISITED, clock.instant()));
            audit.record(AUDIT_TYPE, id, "VISIT", request.status().name(), ServiceRequest.Status.VISITED.name(),
                    form.work(), user, request.regionCode());
        }
        return saved;
    }

    /** Logs a visit made on the commissioner's own initiative, to an enterprise of their district. */
    @Transactional
    ServiceVisit visitWithoutRequest(ServiceRequestForms.Visit form, CurrentUser user) {
        if (!user.isCommissioner() && !user.isAdmin()) {
            throw ApiException.forbidden("只有数字专员可以登记走访");
        }
        if (form.organizationId() == null) {
            throw ApiException.badField("organizationId", "请指定走访的企业");
        }
        Organization org = organizations.findById(form.organizationId())
                .filter(o -> o.kind() == OrganizationKind.MANUFACTURER && user.serves(o.regionCode()))
                .orElseThrow(() -> ApiException.badField("organizationId", "企业不存在或不在您负责的区市"));
        return saveVisit(org.id(), org.regionCode(), null, form, user);
    }

    List<ServiceVisit> visitsOf(long id, CurrentUser user) {
        visible(id, user);
        return visits.findByServiceRequestIdOrderByVisitedOnAsc(id);
    }

    /** Visits of a year: per district and per commissioner, against the city-wide target. */
    Map<String, Object> stats(int year, CurrentUser user) {
        if (!user.isCommissioner() && !user.isAdmin()) {
            throw ApiException.forbidden("只有数字专员和管理员可以查看走访统计");
        }
        List<ServiceVisit> all = visits.findByVisitedOnBetweenOrderByVisitedOnDesc(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        Map<String, Long> byDistrict = new TreeMap<>();
        Map<Long, Long> byCommissioner = new LinkedHashMap<>();
        for (ServiceVisit v : all) {
            if (user.serves(v.regionCode())) {
                byDistrict.merge(v.regionCode(), 1L, Long::sum);
                byCommissioner.merge(v.commissionerId(), 1L, Long::sum);
            }
        }
        List<Map<String, Object>> commissioners = new ArrayList<>();
        byCommissioner.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> commissioners.add(Map.of("id", e.getKey(), "name",
                        users.findById(e.getKey()).map(UserAccount::displayName).orElse(""), "visits", e.getValue())));
        List<Map<String, Object>> districts = byDistrict.entrySet().stream()
                .map(e -> Map.<String, Object>of("region", e.getKey(), "visits", e.getValue())).toList();
        long total = all.size();
        return Map.of("year", year, "target", settings.yearlyVisitTarget, "cityTotal", total,
                "progress", settings.yearlyVisitTarget == 0 ? 0 : Math.round(total * 1000.0 / settings.yearlyVisitTarget) / 10.0,
                "districts", districts, "commissioners", commissioners);
    }

    PageView<ServiceRequestView> list(@Nullable ServiceRequest.Status status, CurrentUser user, Pageable pageable) {
        Long organization = null;
        boolean allRegions = user.isAdmin();
        Set<String> regions = user.districts().isEmpty() ? Set.of("-") : user.districts();
        if (user.role() == Role.ENTERPRISE) {
            organization = user.organizationId() == null ? -1L : user.organizationId();
            allRegions = true;
        } else if (!user.isCommissioner() && !user.isAdmin()) {
            throw ApiException.forbidden("服务商没有吹哨请求");
        }
        return PageView.of(requests.search(organization, allRegions, regions, status == null ? null : status.name(),
                pageable), this::view);
    }

    ServiceRequestView get(long id, CurrentUser user) {
        return view(visible(id, user));
    }

    /** Called by the escalation job for one overdue deadline; tells the others once. */
    @Transactional
    void escalate(long id, boolean acknowledgement) {
        Instant now = clock.instant();
        long marked = acknowledgement ? requests.markAckEscalated(id, now) : requests.markVisitEscalated(id, now);
        if (marked == 0) {
            return;
        }
        ServiceRequest request = requests.findById(id).orElseThrow();
        Organization org = organizations.findById(request.organizationId()).orElseThrow();
        String what = acknowledgement ? "超时未确认" : "超时未上门";
        audit.record(AUDIT_TYPE, id, acknowledgement ? "ESCALATE_ACKNOWLEDGE" : "ESCALATE_VISIT",
                request.status().name(), request.status().name(), what, null, request.regionCode());
        var message = new Notifier.Message(NotificationType.REQUEST_OVERDUE, "企业吹哨" + what + "：" + org.name(),
                request.need(), link(request));
        Set<Long> assignee = request.assigneeId() == null ? Set.of() : Set.of(request.assigneeId());
        notifier.toCommissioners(request.regionCode(), assignee, message);
        notifier.toAdmins(message);
        notifier.toUsers(assignee, message);
    }

    private ServiceVisit saveVisit(long organizationId, String region, @Nullable Long requestId,
                                   ServiceRequestForms.Visit form, CurrentUser user) {
        ServiceVisit saved = visits.save(new ServiceVisit(null, organizationId, region, requestId, user.id(),
                form.visitedOn(), form.people().trim(), form.work().trim(),
                form.followUps() == null || form.followUps().isBlank() ? null : form.followUps().trim(), clock.instant()));
        audit.record("SERVICE_VISIT", saved.id(), "LOG", null, null, form.visitedOn().toString(), user, region);
        return saved;
    }

    private void notifyAssigned(ServiceRequest request, Organization org, long assignee) {
        notifier.toUsers(List.of(assignee), new Notifier.Message(NotificationType.REQUEST_ASSIGNED,
                "企业吹哨：" + org.name() + "（" + request.urgency() + "）", request.need(), link(request)));
    }

    /** Visible to the user (own enterprise, district commissioner, admin), else 404. */
    private ServiceRequest visible(long id, CurrentUser user) {
        ServiceRequest request = requests.findById(id).orElseThrow(() -> ApiException.notFound("请求 " + id));
        boolean own = user.role() == Role.ENTERPRISE && user.belongsTo(request.organizationId());
        if (!own && !user.serves(request.regionCode())) {
            throw ApiException.notFound("请求 " + id);
        }
        return request;
    }

    /** For those who handle it: the district's commissioners and admins; the enterprise gets 403. */
    private ServiceRequest handled(long id, CurrentUser user) {
        ServiceRequest request = visible(id, user);
        if (!user.serves(request.regionCode())) {
            throw ApiException.forbidden("由数字专员处理 (handled by the district's commissioners)");
        }
        return request;
    }

    ServiceRequestView view(ServiceRequest r) {
        Organization org = organizations.findById(r.organizationId()).orElseThrow();
        ServiceRequestView.Party assignee = r.assigneeId() == null ? null : users.findById(r.assigneeId())
                .map(u -> new ServiceRequestView.Party(u.id(), u.displayName())).orElse(null);
        Instant now = clock.instant();
        List<String> overdue = new ArrayList<>();
        if (r.status() == ServiceRequest.Status.OPEN && now.isAfter(r.acknowledgeDue())) {
            overdue.add("ACKNOWLEDGE");
        }
        if ((r.status() == ServiceRequest.Status.OPEN || r.status() == ServiceRequest.Status.ACKNOWLEDGED)
                && now.isAfter(r.visitDue())) {
            overdue.add("VISIT");
        }
        return new ServiceRequestView(r.id(), new ServiceRequestView.Party(org.id(), org.name()), r.regionCode(),
                r.need(), r.urgency(), r.status(), assignee, r.acknowledgeDue(), r.visitDue(), r.acknowledgedAt(),
                r.visitedAt(), overdue, r.ackEscalatedAt(), r.visitEscalatedAt(), r.createdAt(),
                r.version() == null ? 0 : r.version());
    }

    private static String link(ServiceRequest request) {
        return "/api/v1/service-requests/" + request.id();
    }
}
