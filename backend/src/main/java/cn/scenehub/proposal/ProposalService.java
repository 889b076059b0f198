package cn.scenehub.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.Role;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.notification.NotificationType;
import cn.scenehub.notification.Notifier;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationRepository;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderCase;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioAction;
import cn.scenehub.scenario.ScenarioService;
import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Proposals from submission to acceptance. A provider sees and changes only its own; the
 * scenario's owner, the district's commissioners and admins see all of a scenario's proposals
 * and decide on them; everyone else gets 404. Award, contract and acceptance move the scenario
 * through {@link ScenarioAction}, so the same table says who may make them.
 */
@Singleton
public class ProposalService {

    static final String AUDIT_TYPE = "PROPOSAL";
    /** Scenario statuses in which proposals can still be shortlisted or declined. */
    private static final Set<ScenarioStatus> DECIDABLE = EnumSet.of(ScenarioStatus.PUBLISHED, ScenarioStatus.IN_NEGOTIATION);

    private final ProposalRepository proposals;
    private final AttachmentRepository attachments;
    private final ProviderRatingRepository ratings;
    private final ScenarioService scenarios;
    private final ProviderProfileRepository profiles;
    private final OrganizationRepository organizations;
    private final MatchLookup matchLookup;
    private final AuditLog audit;
    private final Notifier notifier;
    private final ApplicationEventPublisher<ProposalChanged> changes;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, AttachmentRepository attachments, ProviderRatingRepository ratings,
                    ScenarioService scenarios, ProviderProfileRepository profiles, OrganizationRepository organizations,
                    MatchLookup matchLookup, AuditLog audit, Notifier notifier,
                    ApplicationEventPublisher<ProposalChanged> changes, Clock clock) {
        this.proposals = proposals;
        this.attachments = attachments;
        this.ratings = ratings;
        this.scenarios = scenarios;
        this.profiles = profiles;
        this.organizations = organizations;
        this.matchLookup = matchLookup;
        this.audit = audit;
        this.notifier = notifier;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public ProposalView submit(long scenarioId, ProposalForm form, CurrentUser user) {
        ProviderProfile profile = listedProviderOf(user);
        Scenario scenario = openScenario(scenarioId, user);
        if (proposals.findByScenarioIdAndProviderIdAndLive(scenarioId, profile.organizationId(), 1).isPresent()) {
            throw ApiException.conflict("您已对该场景提交响应，请修改原响应 (one live proposal per scenario; revise it)");
        }
        List<String> cases = checkedForm(form, profile);
        var now = clock.instant();
        Proposal saved = proposals.save(new Proposal(null, scenarioId, profile.organizationId(), ProposalStatus.SUBMITTED,
                1, form.approach().trim(), form.price().min(), form.price().max(), form.durationDays(), cases, null,
                null, null, null, now, now, null));
        record(saved, scenario, "SUBMIT", null, null, user);
        var message = new Notifier.Message(NotificationType.PROPOSAL_RECEIVED, "收到新的揭榜响应：" + scenario.getTitle(),
                providerName(saved) + " 响应了您的场景", "/api/v1/scenarios/" + scenarioId + "/proposals");
        notifier.toOrganization(scenario.getOrganizationId(), message);
        notifier.toCommissioners(scenario.getRegionCode(), Set.of(), message);
        return view(saved, null);
    }

    @Transactional
    public ProposalView revise(long id, ProposalForm form, CurrentUser user) {
        Proposal proposal = ownProposal(id, user);
        if (!proposal.status().isOpen()) {
            throw ApiException.conflict("需求方已作出决定，响应不能再修改 (decided: " + proposal.status() + ")");
        }
        Scenario scenario = openScenario(proposal.scenarioId(), user);
        requireVersion(proposal, form.version());
        ProviderProfile profile = profiles.findById(proposal.providerId()).orElseThrow();
        Proposal saved = proposals.update(proposal.revised(form, checkedForm(form, profile), clock.instant()));
        record(saved, scenario, "REVISE", proposal.status(), null, user);
        return view(saved, null);
    }

    @Transactional
    public ProposalView withdraw(long id, @Nullable Long version, CurrentUser user) {
        Proposal proposal = ownProposal(id, user);
        if (!proposal.status().isOpen()) {
            throw ApiException.conflict("需求方已作出决定，响应不能撤回 (decided: " + proposal.status() + ")");
        }
        requireVersion(proposal, version);
        Scenario scenario = scenarios.load(proposal.scenarioId());
        Proposal saved = proposals.update(proposal.moved(ProposalStatus.WITHDRAWN, null, clock.instant()));
        record(saved, scenario, "WITHDRAW", proposal.status(), null, user);
        return view(saved, null);
    }

    @Transactional
    public ProposalView decide(long id, ProposalDecision decision, CurrentUser user) {
        Proposal proposal = proposals.findById(id).orElseThrow(() -> ApiException.notFound("响应 " + id));
        Scenario scenario = scenarios.load(proposal.scenarioId());
        var capacities = decidingCapacities(proposal, scenario, user);
        if (!proposal.status().isOpen()) {
            throw ApiException.conflict("该响应已是 " + proposal.status() + "，不能再作决定");
        }
        ProposalStatus to;
        switch (decision.decision()) {
            case SHORTLIST -> {
                if (proposal.status() == ProposalStatus.SHORTLISTED) {
                    throw ApiException.conflict("该响应已入围 (already shortlisted)");
                }
                to = ProposalStatus.SHORTLISTED;
            }
            case DECLINE -> {
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw ApiException.badField("reason", "婉拒时必须填写原因");
                }
                to = ProposalStatus.DECLINED;
            }
            default -> {
                if (!ScenarioAction.START_NEGOTIATION.allows(capacities)) {
                    throw ApiException.forbidden("无权选定服务商 (not allowed to award)");
                }
                if (scenario.getStatus() == ScenarioStatus.PUBLISHED) {
                    scenarios.advance(scenario, ScenarioAction.START_NEGOTIATION,
                            "选定服务商：" + providerName(proposal), user);
                } else if (scenario.getStatus() != ScenarioStatus.IN_NEGOTIATION) {
                    throw ApiException.conflict("场景状态 " + scenario.getStatus() + " 下不能再选定服务商");
                }
                to = ProposalStatus.AWARDED;
            }
        }
        if (to != ProposalStatus.AWARDED && !DECIDABLE.contains(scenario.getStatus())) {
            throw ApiException.conflict("场景状态 " + scenario.getStatus() + " 下不能再处理响应");
        }
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().trim();
        Proposal saved = proposals.update(proposal.moved(to, reason, clock.instant()));
        record(saved, scenario, decision.decision().name(), proposal.status(), reason, user);
        NotificationType type = to == ProposalStatus.AWARDED ? NotificationType.AWARDED : NotificationType.PROPOSAL_DECIDED;
        String title = switch (to) {
            case AWARDED -> "您的响应已中选：" + scenario.getTitle();
            case DECLINED -> "您的响应未被采纳：" + scenario.getTitle();
            default -> "您的响应已入围：" + scenario.getTitle();
        };
        notifier.toOrganization(proposal.providerId(), new Notifier.Message(type, title, reason, "/api/v1/proposals/" + id));
        return view(saved, null);
    }

    @Transactional
    public ProposalView contract(long id, ContractForm form, CurrentUser user) {
        Proposal proposal = proposals.findById(id).orElseThrow(() -> ApiException.notFound("响应 " + id));
        Scenario scenario = scenarios.load(proposal.scenarioId());
        var capacities = decidingCapacities(proposal, scenario, user);
        if (!ScenarioAction.CONTRACT.allows(capacities)) {
            throw ApiException.forbidden("无权登记合同 (not allowed to record the contract)");
        }
        if (proposal.status() != ProposalStatus.AWARDED) {
            throw ApiException.conflict("只有已中选的响应可以登记合同 (status " + proposal.status() + ")");
        }
        if (scenario.getStatus() == ScenarioStatus.IN_NEGOTIATION) {
            scenarios.advance(scenario, ScenarioAction.CONTRACT, "签约：" + providerName(proposal), user);
        } else if (scenario.getStatus() != ScenarioStatus.CONTRACTED) {
            throw ApiException.conflict("场景状态 " + scenario.getStatus() + " 下不能登记合同");
        }
        Proposal saved = proposals.update(proposal.contracted(form.signedOn(), form.amount(), clock.instant()));
        record(saved, scenario, "CONTRACT", proposal.status(), "合同金额 " + form.amount() + " 元，签订于 " + form.signedOn(), user);
        notifier.toOrganization(proposal.providerId(), new Notifier.Message(NotificationType.CONTRACTED,
                "合同已登记：" + scenario.getTitle(), null, "/api/v1/proposals/" + id));
        return view(saved, null);
    }

    /** 验收: rates every contracted provider, stores the ratings, and moves the scenario to ACCEPTED. */
    @Transactional
    public List<ProposalView> accept(long scenarioId, AcceptanceForm form, CurrentUser user) {
        Scenario scenario = scenarios.load(scenarioId);
        var capacities = scenarios.capacities(scenario, user);
        if (capacities.isEmpty()) {
            throw ApiException.notFound("场景 " + scenarioId);
        }
        if (!ScenarioAction.ACCEPT.allows(capacities)) {
            throw ApiException.forbidden("验收由需求企业进行 (only the owner enterprise accepts)");
        }
        if (scenario.getStatus() != ScenarioStatus.CONTRACTED) {
            throw ApiException.conflict("场景状态 " + scenario.getStatus() + " 下不能验收");
        }
        Map<Long, Proposal> contracted = new HashMap<>();
        proposals.findByScenarioIdAndStatus(scenarioId, ProposalStatus.CONTRACTED).forEach(p -> contracted.put(p.providerId(), p));
        Set<Long> rated = new HashSet<>();
        for (int i = 0; i < form.ratings().size(); i++) {
            long provider = form.ratings().get(i).providerId();
            if (!contracted.containsKey(provider) || !rated.add(provider)) {
                throw ApiException.badField("ratings[" + i + "].providerId", "不是该场景已签约的服务商，或重复评分");
            }
        }
        if (!rated.equals(contracted.keySet())) {
            throw ApiException.badField("ratings", "请为每个已签约的服务商评分 (rate every contracted provider)");
        }
        scenarios.advance(scenario, ScenarioAction.ACCEPT, form.outcome().trim(), user);
        var now = clock.instant();
        List<ProposalView> views = new ArrayList<>();
        for (AcceptanceForm.Rating rating : form.ratings()) {
            Proposal proposal = contracted.get(rating.providerId());
            ratings.save(new ProviderRating(null, proposal.providerId(), scenarioId, proposal.id(), rating.rating(),
                    rating.comment(), user.id(), now));
            Proposal saved = proposals.update(proposal.moved(ProposalStatus.ACCEPTED, null, now));
            record(saved, scenario, "ACCEPT", proposal.status(), "评分 " + rating.rating() + "；" + form.outcome().trim(), user);
            notifier.toOrganization(proposal.providerId(), new Notifier.Message(NotificationType.ACCEPTED,
                    "项目已验收：" + scenario.getTitle(), form.outcome().trim(), "/api/v1/proposals/" + proposal.id()));
            views.add(view(saved, null));
        }
        return views;
    }

    /** The scenario's proposals side by side for those who decide; a provider sees only its own. */
    public List<ProposalView> forScenario(long scenarioId, CurrentUser user) {
        Scenario scenario = scenarios.load(scenarioId);
        if (!scenarios.capacities(scenario, user).isEmpty()) {
            List<Proposal> all = proposals.findByScenarioIdOrderByIdAsc(scenarioId);
            Map<Long, MatchLookup.Match> matches = matchLookup.matches(scenarioId,
                    all.stream().map(Proposal::providerId).toList());
            return all.stream().map(p -> view(p, matches.get(p.providerId()))).toList();
        }
        if (user.role() == Role.PROVIDER && user.organizationId() != null && scenario.getStatus().isPublic()) {
            return proposals.findByScenarioIdOrderByIdAsc(scenarioId).stream()
                    .filter(p -> p.providerId() == user.organizationId()).map(p -> view(p, null)).toList();
        }
        throw ApiException.notFound("场景 " + scenarioId);
    }

    public List<ProposalView> mine(CurrentUser user) {
        if (user.role() != Role.PROVIDER || user.organizationId() == null) {
            throw ApiException.forbidden("只有服务商有自己的响应列表");
        }
        return proposals.findByProviderIdOrderByUpdatedAtDesc(user.organizationId()).stream().map(p -> view(p, null)).toList();
    }

    public ProposalView view(long id, CurrentUser user) {
        return view(visible(id, user), null);
    }

    /** The proposal if the user may read it (its provider, or who decides on its scenario), else 404. */
    Proposal visible(long id, CurrentUser user) {
        Proposal proposal = proposals.findById(id).orElseThrow(() -> ApiException.notFound("响应 " + id));
        if (isOwnProvider(proposal, user)) {
            return proposal;
        }
        if (!scenarios.capacities(scenarios.load(proposal.scenarioId()), user).isEmpty()) {
            return proposal;
        }
        throw ApiException.notFound("响应 " + id);
    }

    /** The proposal if the user is its provider, else 404. */
    Proposal ownProposal(long id, CurrentUser user) {
        Proposal proposal = proposals.findById(id).orElseThrow(() -> ApiException.notFound("响应 " + id));
        if (!isOwnProvider(proposal, user)) {
            throw visibleToDecider(proposal, user) ? ApiException.forbidden("只有提交响应的服务商可以修改")
                    : ApiException.notFound("响应 " + id);
        }
        return proposal;
    }

    ProposalView view(Proposal p, @Nullable MatchLookup.Match match) {
        Organization provider = organizations.findById(p.providerId()).orElseThrow();
        ProviderProfile profile = profiles.findById(p.providerId()).orElse(null);
        var files = attachments.findByProposalIdOrderByIdAsc(p.id()).stream()
                .map(a -> new ProposalView.Attachment(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256())).toList();
        Integer rating = p.status() == ProposalStatus.ACCEPTED ? ratings.findByScenarioId(p.scenarioId()).stream()
                .filter(r -> r.providerId() == p.providerId()).map(ProviderRating::rating).findFirst().orElse(null) : null;
        return new ProposalView(p.id(), p.scenarioId(), new ProposalView.Provider(provider.id(), provider.name(),
                provider.regionCode(), profile == null ? null : profile.platformType(),
                profile == null ? null : profile.maturityLevel()), p.status(), p.approach(),
                new ProposalForm.Price(p.priceMin(), p.priceMax()), p.durationDays(), p.citedCases(), files,
                p.decisionReason(), p.contractSignedOn() == null ? null
                : new ProposalView.Contract(p.contractSignedOn(), p.contractAmount()), rating, match,
                p.version() == null ? 0 : p.version(), p.createdAt(), p.updatedAt(), p.decidedAt());
    }

    private Set<ScenarioAction.Actor> decidingCapacities(Proposal proposal, Scenario scenario, CurrentUser user) {
        var capacities = scenarios.capacities(scenario, user);
        if (capacities.isEmpty()) {
            throw isOwnProvider(proposal, user) ? ApiException.forbidden("服务商不能对自己的响应作决定")
                    : ApiException.notFound("响应 " + proposal.id());
        }
        return capacities;
    }

    private boolean visibleToDecider(Proposal proposal, CurrentUser user) {
        return !scenarios.capacities(scenarios.load(proposal.scenarioId()), user).isEmpty();
    }

    private static boolean isOwnProvider(Proposal proposal, CurrentUser user) {
        return user.role() == Role.PROVIDER && user.belongsTo(proposal.providerId());
    }

    private ProviderProfile listedProviderOf(CurrentUser user) {
        if (user.role() != Role.PROVIDER || user.organizationId() == null) {
            throw ApiException.forbidden("只有服务商可以揭榜 (only providers propose)");
        }
        return profiles.findById(user.organizationId()).filter(p -> p.poolStatus() == PoolStatus.LISTED)
                .orElseThrow(() -> ApiException.forbidden("服务商入库 (LISTED) 后才能揭榜"));
    }

    /** A published scenario still before its deadline; one the user may not see is 404. */
    private Scenario openScenario(long scenarioId, CurrentUser user) {
        Scenario scenario = scenarios.load(scenarioId);
        if (!scenarios.visibleTo(scenario, user)) {
            throw ApiException.notFound("场景 " + scenarioId);
        }
        if (scenario.getStatus() != ScenarioStatus.PUBLISHED) {
            throw ApiException.conflict("场景不在揭榜期 (status " + scenario.getStatus() + ")");
        }
        LocalDate deadline = scenario.getDeadline();
        if (deadline != null && LocalDate.now(clock).isAfter(deadline)) {
            throw ApiException.conflict("场景已过揭榜截止日期 " + deadline + " (deadline passed)");
        }
        return scenario;
    }

    /** The form's cross-field rules; answers the cited cases, each one of the provider's own. */
    private static List<String> checkedForm(ProposalForm form, ProviderProfile profile) {
        if (form.price().min() > form.price().max()) {
            throw ApiException.badField("price", "最低报价不能高于最高报价");
        }
        List<String> cited = form.citedCases() == null ? List.of() : form.citedCases().stream().map(String::trim).distinct().toList();
        Set<String> own = new HashSet<>();
        for (ProviderCase c : profile.cases() == null ? List.<ProviderCase>of() : profile.cases()) {
            own.add(c.title().trim());
        }
        for (int i = 0; i < cited.size(); i++) {
            if (!own.contains(cited.get(i))) {
                throw ApiException.badField("citedCases[" + i + "]", "不是本服务商能力图谱中的案例：" + cited.get(i));
            }
        }
        return cited;
    }

    private static void requireVersion(Proposal proposal, @Nullable Long version) {
        if (version == null) {
            throw ApiException.badField("version", "修改时必须提供版本号");
        }
        if (!version.equals(proposal.version())) {
            throw ApiException.conflict("该响应已被修改，请刷新后重试 (changed since you loaded it)");
        }
    }

    private void record(Proposal saved, Scenario scenario, String action, @Nullable ProposalStatus from,
                        @Nullable String reason, CurrentUser user) {
        audit.record(AUDIT_TYPE, saved.id(), action, from == null ? null : from.name(), saved.status().name(), reason,
                user, scenario.getRegionCode());
        changes.publishEvent(new ProposalChanged(saved, scenario, action, user));
    }

    private String providerName(Proposal proposal) {
        return organizations.findById(proposal.providerId()).map(Organization::name).orElse("服务商");
    }
}
