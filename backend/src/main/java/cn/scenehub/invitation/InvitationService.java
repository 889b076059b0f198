package cn.scenehub.invitation;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.Role;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.notification.NotificationType;
import cn.scenehub.notification.Notifier;
import cn.scenehub.organization.OrganizationRepository;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioService;
import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Invitations to propose, and the confidential details they open. The owner enterprise, the
 * district's commissioners and admins invite; only the invited provider answers. A scenario's
 * confidential notes open to an invited provider (not declined) once one of its users has
 * accepted the current confidentiality terms; to every other provider they do not exist (404).
 */
@Singleton
public class InvitationService {

    static final String AUDIT_TYPE = "INVITATION";

    private final InvitationRepository invitations;
    private final ConfidentialityAcceptanceRepository acceptances;
    private final ScenarioService scenarios;
    private final ProviderProfileRepository profiles;
    private final OrganizationRepository organizations;
    private final AuditLog audit;
    private final Notifier notifier;
    private final ApplicationEventPublisher<InvitationChanged> changes;
    private final Clock clock;
    private final String termsVersion;
    private final String termsText;

    InvitationService(InvitationRepository invitations, ConfidentialityAcceptanceRepository acceptances,
                      ScenarioService scenarios, ProviderProfileRepository profiles,
                      OrganizationRepository organizations, AuditLog audit, Notifier notifier,
                      ApplicationEventPublisher<InvitationChanged> changes, Clock clock,
                      @Value("${scenehub.confidentiality.terms-version:2026-1}") String termsVersion,
                      @Value("${scenehub.confidentiality.terms-text:" + DEFAULT_TERMS + "}") String termsText) {
        this.invitations = invitations;
        this.acceptances = acceptances;
        this.scenarios = scenarios;
        this.profiles = profiles;
        this.organizations = organizations;
        this.audit = audit;
        this.notifier = notifier;
        this.changes = changes;
        this.clock = clock;
        this.termsVersion = termsVersion;
        this.termsText = termsText;
    }

    static final String DEFAULT_TERMS = "受邀服务商承诺：对需求企业提供的保密信息仅用于本场景的方案编制与洽谈，"
            + "不向任何第三方披露，不用于其他目的；洽谈终止后应删除相关资料。";

    public Map<String, String> terms() {
        return Map.of("version", termsVersion, "text", termsText);
    }

    @Transactional
    public InvitationView invite(long scenarioId, InvitationForms.Invite form, CurrentUser user) {
        Scenario scenario = decidable(scenarioId, user);
        if (scenario.getStatus() != ScenarioStatus.PUBLISHED) {
            throw ApiException.conflict("只能邀请服务商响应已发布的场景 (status " + scenario.getStatus() + ")");
        }
        profiles.findById(form.providerId()).filter(p -> p.poolStatus() == PoolStatus.LISTED)
                .orElseThrow(() -> ApiException.badField("providerId", "服务商不存在或未入库"));
        if (invitations.findByScenarioIdAndProviderId(scenarioId, form.providerId()).isPresent()) {
            throw ApiException.conflict("已邀请过该服务商 (already invited)");
        }
        Invitation saved = invitations.save(new Invitation(null, scenarioId, form.providerId(), InvitationStatus.INVITED,
                blankToNull(form.message()), null, user.id(), clock.instant(), null));
        audit.record(AUDIT_TYPE, saved.id(), "INVITE", null, saved.status().name(), null, user, scenario.getRegionCode());
        notifier.toOrganization(form.providerId(), new Notifier.Message(NotificationType.INVITED,
                "邀请您响应场景：" + scenario.getTitle(), saved.message(), "/api/v1/invitations"));
        changes.publishEvent(new InvitationChanged(saved, scenario, user));
        return view(saved, scenario);
    }

    @Transactional
    public InvitationView answer(long id, InvitationForms.Answer answer, CurrentUser user) {
        Invitation invitation = invitations.findById(id)
                .filter(i -> user.role() == Role.PROVIDER && user.belongsTo(i.providerId()))
                .orElseThrow(() -> ApiException.notFound("邀请 " + id));
        if (invitation.status() != InvitationStatus.INVITED) {
            throw ApiException.conflict("该邀请已答复 (already " + invitation.status() + ")");
        }
        String reason = blankToNull(answer.reason());
        if (answer.decision() == InvitationForms.Decision.DECLINE && reason == null) {
            throw ApiException.badField("reason", "谢绝邀请时请说明原因");
        }
        InvitationStatus to = answer.decision() == InvitationForms.Decision.ACCEPT ? InvitationStatus.ACCEPTED
                : InvitationStatus.DECLINED;
        Invitation saved = invitations.update(invitation.answered(to, reason, clock.instant()));
        Scenario scenario = scenarios.load(invitation.scenarioId());
        audit.record(AUDIT_TYPE, id, answer.decision().name(), invitation.status().name(), to.name(), reason, user,
                scenario.getRegionCode());
        String provider = organizations.findById(invitation.providerId()).map(o -> o.name()).orElse("服务商");
        var message = new Notifier.Message(NotificationType.INVITATION_ANSWERED,
                provider + (to == InvitationStatus.ACCEPTED ? " 接受了邀请：" : " 谢绝了邀请：") + scenario.getTitle(),
                reason, "/api/v1/scenarios/" + scenario.getId() + "/invitations");
        notifier.toUsers(List.of(invitation.invitedBy()), message);
        notifier.toOrganization(scenario.getOrganizationId(), message);
        changes.publishEvent(new InvitationChanged(saved, scenario, user));
        return view(saved, scenario);
    }

    public List<InvitationView> forScenario(long scenarioId, CurrentUser user) {
        Scenario scenario = decidable(scenarioId, user);
        return invitations.findByScenarioIdOrderByIdAsc(scenarioId).stream().map(i -> view(i, scenario)).toList();
    }

    public List<InvitationView> mine(CurrentUser user) {
        if (user.role() != Role.PROVIDER || user.organizationId() == null) {
            throw ApiException.forbidden("只有服务商有收到的邀请");
        }
        return invitations.findByProviderIdOrderByIdDesc(user.organizationId()).stream()
                .map(i -> view(i, scenarios.load(i.scenarioId()))).toList();
    }

    /** Records that the caller's organization accepts the current terms for this scenario (idempotent). */
    @Transactional
    public ConfidentialityAcceptance acceptTerms(long scenarioId, String version, CurrentUser user) {
        Invitation invitation = openInvitation(scenarioId, user);
        if (!termsVersion.equals(version)) {
            throw ApiException.badField("termsVersion", "保密条款已更新，请阅读并接受当前版本 " + termsVersion);
        }
        var existing = acceptances.findByScenarioIdAndProviderIdAndTermsVersion(scenarioId, invitation.providerId(), version);
        if (existing.isPresent()) {
            return existing.get();
        }
        ConfidentialityAcceptance saved = acceptances.save(new ConfidentialityAcceptance(null, scenarioId,
                invitation.providerId(), user.id(), version, clock.instant()));
        audit.record(AUDIT_TYPE, invitation.id(), "ACCEPT_TERMS", null, null, "保密条款 " + version, user,
                scenarios.load(scenarioId).getRegionCode());
        return saved;
    }

    public List<ConfidentialityAcceptance> termsAcceptances(long scenarioId, CurrentUser user) {
        decidable(scenarioId, user);
        return acceptances.findByScenarioIdOrderByIdAsc(scenarioId);
    }

    /** The confidential details, for those who decide on the scenario and invited providers bound by the terms. */
    public Map<String, Object> confidential(long scenarioId, CurrentUser user) {
        Scenario scenario = scenarios.load(scenarioId);
        if (scenarios.capacities(scenario, user).isEmpty()) {
            Invitation invitation = openInvitation(scenarioId, user);
            if (acceptances.findByScenarioIdAndProviderIdAndTermsVersion(scenarioId, invitation.providerId(),
                    termsVersion).isEmpty()) {
                throw ApiException.forbidden("请先接受保密条款 " + termsVersion + " (accept the confidentiality terms first)");
            }
        }
        return Map.of("scenarioId", scenarioId, "confidentialNotes",
                scenario.getConfidentialNotes() == null ? "" : scenario.getConfidentialNotes());
    }

    /** The caller's provider's invitation to this scenario, if not declined; else 404. */
    private Invitation openInvitation(long scenarioId, CurrentUser user) {
        if (user.role() != Role.PROVIDER || user.organizationId() == null) {
            throw ApiException.notFound("场景 " + scenarioId + " 的保密信息");
        }
        return invitations.findByScenarioIdAndProviderId(scenarioId, user.organizationId())
                .filter(i -> i.status() != InvitationStatus.DECLINED)
                .orElseThrow(() -> ApiException.notFound("场景 " + scenarioId + " 的保密信息"));
    }

    private Scenario decidable(long scenarioId, CurrentUser user) {
        Scenario scenario = scenarios.load(scenarioId);
        if (scenarios.capacities(scenario, user).isEmpty()) {
            throw ApiException.notFound("场景 " + scenarioId);
        }
        return scenario;
    }

    private InvitationView view(Invitation i, Scenario s) {
        String name = organizations.findById(i.providerId()).map(o -> o.name()).orElse("");
        var accepted = acceptances.findByScenarioIdAndProviderIdAndTermsVersion(i.scenarioId(), i.providerId(), termsVersion)
                .map(ConfidentialityAcceptance::acceptedAt).orElse(null);
        return new InvitationView(i.id(), new InvitationView.Scenario(s.getId(), s.getTitle(), s.getStatus(), s.getDeadline()),
                new InvitationView.Provider(i.providerId(), name), i.status(), i.message(), i.declineReason(),
                i.createdAt(), i.respondedAt(), accepted);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
