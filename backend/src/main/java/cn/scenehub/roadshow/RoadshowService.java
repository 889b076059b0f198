package cn.scenehub.roadshow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.Role;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.board.BoardService;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.notification.NotificationType;
import cn.scenehub.notification.Notifier;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Matchmaking events. Commissioners (for scenarios of their districts) and admins organise them;
 * listed providers register interest per scenario; organizers shortlist who pitches and, after
 * the event, record intentions; follow-ups enter the commissioner's board with source EVENT.
 */
@Singleton
class RoadshowService {

    static final String AUDIT_TYPE = "ROADSHOW";

    private final RoadshowRepository events;
    private final RoadshowScenarioRepository presented;
    private final RoadshowInterestRepository interests;
    private final ScenarioRepository scenarios;
    private final ProviderProfileRepository profiles;
    private final BoardService board;
    private final AuditLog audit;
    private final Notifier notifier;
    private final Clock clock;

    RoadshowService(RoadshowRepository events, RoadshowScenarioRepository presented, RoadshowInterestRepository interests,
                    ScenarioRepository scenarios, ProviderProfileRepository profiles, BoardService board,
                    AuditLog audit, Notifier notifier, Clock clock) {
        this.events = events;
        this.presented = presented;
        this.interests = interests;
        this.scenarios = scenarios;
        this.profiles = profiles;
        this.board = board;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    RoadshowView create(RoadshowForms.Create form, CurrentUser user) {
        if (!user.isAdmin() && !user.isCommissioner()) {
            throw ApiException.forbidden("只有数字专员和管理员可以组织对接活动");
        }
        if (blank(form.place()) && blank(form.onlineLink())) {
            throw ApiException.badField("place", "请填写地点或线上链接");
        }
        List<Long> ids = form.scenarioIds().stream().distinct().toList();
        List<Scenario> shown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            shown.add(scenarios.findById(ids.get(i))
                    .filter(s -> s.getStatus().isPublic() && !s.getStatus().isFinal() && user.serves(s.getRegionCode()))
                    .orElseThrow(() -> ApiException.badField("scenarioIds[" + index + "]",
                            "场景不存在、未发布或不在您负责的区市")));
        }
        var now = clock.instant();
        Roadshow saved = events.save(new Roadshow(null, form.kind(), form.title().trim(), form.startsAt(),
                blank(form.place()) ? null : form.place().trim(), blank(form.onlineLink()) ? null : form.onlineLink().trim(),
                Roadshow.Status.PLANNED, null, user.id(), null, now, now));
        for (int i = 0; i < shown.size(); i++) {
            presented.save(new RoadshowScenario(null, saved.id(), shown.get(i).getId(), i + 1));
        }
        audit.record(AUDIT_TYPE, saved.id(), "CREATE", null, saved.status().name(), null, user, null);
        return view(saved, user);
    }

    List<RoadshowView> list(CurrentUser user) {
        return events.findAllOrderByStartsAtDesc().stream().map(e -> view(e, user)).toList();
    }

    RoadshowView get(long id, CurrentUser user) {
        return view(load(id), user);
    }

    @Transactional
    RoadshowView interest(long id, RoadshowForms.Interest form, CurrentUser user) {
        Roadshow event = load(id);
        if (user.role() != Role.PROVIDER || user.organizationId() == null
                || profiles.findById(user.organizationId()).filter(p -> p.poolStatus() == PoolStatus.LISTED).isEmpty()) {
            throw ApiException.forbidden("只有入库服务商可以报名");
        }
        if (event.status() != Roadshow.Status.PLANNED || !event.startsAt().isAfter(clock.instant())) {
            throw ApiException.conflict("活动已开始或已结束，不能再报名");
        }
        if (presented.findByRoadshowIdOrderByPositionAsc(id).stream().noneMatch(p -> p.scenarioId() == form.scenarioId())) {
            throw ApiException.badField("scenarioId", "该场景不在本次活动中");
        }
        if (interests.findByRoadshowIdAndScenarioIdAndProviderId(id, form.scenarioId(), user.organizationId()).isPresent()) {
            throw ApiException.conflict("已报名该场景");
        }
        RoadshowInterest saved = interests.save(new RoadshowInterest(null, id, form.scenarioId(), user.organizationId(),
                blank(form.note()) ? null : form.note().trim(), false, null, false, clock.instant()));
        audit.record(AUDIT_TYPE, id, "INTEREST", null, null, "scenario " + form.scenarioId(), user, null);
        notifier.toUsers(List.of(event.createdBy()), new Notifier.Message(NotificationType.ROADSHOW,
                "服务商报名：" + event.title(), saved.note(), "/api/v1/events/" + id));
        return view(event, user);
    }

    @Transactional
    RoadshowView shortlist(long id, long interestId, boolean shortlisted, CurrentUser user) {
        Roadshow event = organized(id, user);
        RoadshowInterest interest = interests.findByIdAndRoadshowId(interestId, id)
                .orElseThrow(() -> ApiException.notFound("报名 " + interestId));
        interests.update(interest.shortlist(shortlisted));
        audit.record(AUDIT_TYPE, id, shortlisted ? "SHORTLIST" : "UNSHORTLIST", null, null, "interest " + interestId, user, null);
        if (shortlisted) {
            notifier.toOrganization(interest.providerId(), new Notifier.Message(NotificationType.ROADSHOW,
                    "您已入选路演：" + event.title(), null, "/api/v1/events/" + id));
        }
        return view(event, user);
    }

    @Transactional
    RoadshowView outcomes(long id, RoadshowForms.Outcomes form, CurrentUser user) {
        Roadshow event = organized(id, user);
        if (event.status() == Roadshow.Status.CANCELLED) {
            throw ApiException.conflict("活动已取消");
        }
        for (int i = 0; i < form.outcomes().size(); i++) {
            var outcome = form.outcomes().get(i);
            int index = i;
            RoadshowInterest interest = interests.findByIdAndRoadshowId(outcome.interestId(), id)
                    .orElseThrow(() -> ApiException.badField("outcomes[" + index + "].interestId", "不是本次活动的报名"));
            interests.update(interest.outcome(blank(outcome.intention()) ? null : outcome.intention().trim(), outcome.followUp()));
            if (outcome.followUp()) {
                board.recommend(interest.scenarioId(), interest.providerId(), "EVENT", user);
            }
        }
        Roadshow saved = events.update(event.held(blank(form.note()) ? null : form.note().trim(), clock.instant()));
        audit.record(AUDIT_TYPE, id, "OUTCOMES", event.status().name(), saved.status().name(), form.note(), user, null);
        return view(saved, user);
    }

    /** Calls a planned event off and tells each provider that registered for it why. */
    @Transactional
    RoadshowView cancel(long id, RoadshowForms.Cancel form, CurrentUser user) {
        Roadshow event = organized(id, user);
        if (event.status() != Roadshow.Status.PLANNED) {
            throw ApiException.conflict("只有筹备中的活动可以取消");
        }
        String reason = form.reason().trim();
        Roadshow saved = events.update(event.cancelled(reason, clock.instant()));
        audit.record(AUDIT_TYPE, id, "CANCEL", event.status().name(), saved.status().name(), reason, user, null);
        interests.findByRoadshowIdOrderByIdAsc(id).stream().map(RoadshowInterest::providerId).distinct()
                .forEach(provider -> notifier.toOrganization(provider, new Notifier.Message(NotificationType.ROADSHOW,
                        "活动已取消：" + event.title(), reason, "/api/v1/events/" + id)));
        return view(saved, user);
    }

    private Roadshow load(long id) {
        return events.findById(id).orElseThrow(() -> ApiException.notFound("活动 " + id));
    }

    /** The event, if the user organises it (its creator, or an admin); otherwise 404 or 403. */
    private Roadshow organized(long id, CurrentUser user) {
        Roadshow event = load(id);
        if (!isOrganizer(event, user)) {
            throw ApiException.forbidden("只有活动组织者可以操作");
        }
        return event;
    }

    private static boolean isOrganizer(Roadshow event, CurrentUser user) {
        return user.isAdmin() || event.createdBy() == user.id();
    }

    private RoadshowView view(Roadshow e, CurrentUser user) {
        var shown = presented.findByRoadshowIdOrderByPositionAsc(e.id()).stream()
                .map(p -> scenarios.findById(p.scenarioId()).orElseThrow())
                .map(s -> new RoadshowView.Scenario(s.getId(), s.getTitle(), s.getRegionCode())).toList();
        boolean organizer = isOrganizer(e, user);
        List<RoadshowInterest> visible = organizer ? interests.findByRoadshowIdOrderByIdAsc(e.id())
                : user.role() == Role.PROVIDER && user.organizationId() != null
                ? interests.findByRoadshowIdOrderByIdAsc(e.id()).stream().filter(i -> user.belongsTo(i.providerId())).toList()
                : List.of();
        return new RoadshowView(e.id(), e.kind(), e.title(), e.startsAt(), e.place(), e.onlineLink(), e.status(),
                e.outcomeNote(), shown, visible, organizer, e.version() == null ? 0 : e.version());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
