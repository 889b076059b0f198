package cn.scenehub.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.PageView;
import cn.scenehub.organization.OrganizationRepository;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The commissioner's board. Pairs enter as recommendations (matching, batch plans, by hand) or
 * when an invitation or proposal first links them, and advance with invitations, proposals,
 * awards, contracts and acceptance ({@link BoardFollower}); a pair never moves back by itself.
 * Commissioners see and move only the pairs of their districts (others: 404); every move is audited.
 */
@Singleton
public class BoardService {

    static final String AUDIT_TYPE = "BOARD_PAIR";

    private final BoardPairRepository pairs;
    private final BoardStageRepository stages;
    private final BoardNoteRepository notes;
    private final ScenarioRepository scenarios;
    private final OrganizationRepository organizations;
    private final ProviderProfileRepository profiles;
    private final AuditLog audit;
    private final Clock clock;

    BoardService(BoardPairRepository pairs, BoardStageRepository stages, BoardNoteRepository notes,
                 ScenarioRepository scenarios, OrganizationRepository organizations, ProviderProfileRepository profiles,
                 AuditLog audit, Clock clock) {
        this.pairs = pairs;
        this.stages = stages;
        this.notes = notes;
        this.scenarios = scenarios;
        this.organizations = organizations;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** Result of {@link #recommend}: the pair, and whether it is new. */
    public record Recommended(BoardPairView pair, boolean created) {
    }

    /**
     * Puts a recommended pair on the board (idempotent). {@code actor} null for the system, e.g. the
     * matching engine's batch plan; a user must serve the scenario's district.
     */
    @Transactional
    public Recommended recommend(long scenarioId, long providerId, @Nullable String source, @Nullable CurrentUser actor) {
        Scenario scenario = scenarios.findById(scenarioId)
                .filter(s -> actor == null || actor.serves(s.getRegionCode()))
                .orElseThrow(() -> ApiException.badField("scenarioId", "场景不存在或不在您负责的区市"));
        if (!scenario.getStatus().isPublic() || scenario.getStatus().isFinal()) {
            throw ApiException.badField("scenarioId", "只能为已发布且未结束的场景推荐服务商");
        }
        profiles.findById(providerId).filter(p -> p.poolStatus() == PoolStatus.LISTED)
                .orElseThrow(() -> ApiException.badField("providerId", "服务商不存在或未入库"));
        var existing = pairs.findByScenarioIdAndProviderId(scenarioId, providerId);
        if (existing.isPresent()) {
            return new Recommended(view(existing.get(), false), false);
        }
        String from = source == null || source.isBlank() ? "MANUAL" : source.trim().toUpperCase(java.util.Locale.ROOT);
        BoardPair saved = create(scenario, providerId, BoardStage.RECOMMENDED, from, actor);
        return new Recommended(view(saved, false), true);
    }

    /**
     * Follows a change elsewhere: the pair enters the board if new, moves forward to {@code stage}
     * if that is later, and is dropped or back in play as said ({@code drop} null: unchanged).
     */
    @Transactional
    void follow(Scenario scenario, long providerId, @Nullable BoardStage stage, @Nullable Boolean drop, String source,
                CurrentUser actor) {
        BoardPair pair = pairs.findByScenarioIdAndProviderId(scenario.getId(), providerId).orElse(null);
        if (pair == null) {
            if (stage == null) {
                return;
            }
            pair = create(scenario, providerId, stage, source, actor);
        }
        BoardStage to = stage != null && stage.isAfter(pair.stage()) ? stage : pair.stage();
        boolean dropped = drop == null ? pair.dropped() : drop;
        if (to != pair.stage() || dropped != pair.dropped()) {
            change(pair, to, dropped, source, actor);
        }
    }

    @Transactional
    void dropUnfinished(Scenario scenario, CurrentUser actor) {
        for (BoardPair pair : pairs.findByScenarioId(scenario.getId())) {
            if (!pair.dropped() && pair.stage() != BoardStage.ACCEPTED) {
                change(pair, pair.stage(), true, "场景" + scenario.getStatus(), actor);
            }
        }
    }

    @Transactional
    BoardPairView move(long id, BoardForms.Move move, CurrentUser user) {
        BoardPair pair = scoped(id, user);
        if (move.stage() == null && move.dropped() == null) {
            throw ApiException.badField("stage", "请指定目标阶段或是否搁置");
        }
        if (!move.version().equals(pair.version())) {
            throw ApiException.conflict("该对接已被他人更新，请刷新后重试 (changed since you loaded it)");
        }
        BoardStage to = move.stage() == null ? pair.stage() : move.stage();
        boolean back = pair.stage().isAfter(to);
        if (back && (move.reason() == null || move.reason().isBlank())) {
            throw ApiException.badField("reason", "退回到前一阶段时必须说明原因");
        }
        BoardPair saved = change(pair, to, move.dropped() == null ? pair.dropped() : move.dropped(), move.reason(), user);
        return view(saved, true);
    }

    @Transactional
    BoardPairView note(long id, BoardForms.Note form, CurrentUser user) {
        BoardPair pair = scoped(id, user);
        BoardNote saved = notes.save(new BoardNote(null, id, form.kind(), form.body().trim(), form.happenedOn(), user.id(),
                user.username(), clock.instant()));
        audit.record(AUDIT_TYPE, id, "NOTE_" + form.kind(), null, null, null, user, pair.regionCode());
        return view(pairs.findById(saved.pairId()).orElseThrow(), true);
    }

    List<cn.scenehub.audit.AuditEvent> trail(long id, CurrentUser user) {
        scoped(id, user);
        return audit.trail(AUDIT_TYPE, id);
    }

    BoardPairView get(long id, CurrentUser user) {
        return view(scoped(id, user), true);
    }

    PageView<BoardPairView> list(@Nullable String region, @Nullable BoardStage stage, @Nullable Long scenarioId,
                                 @Nullable Long providerId, @Nullable Boolean dropped, @Nullable Boolean overdue,
                                 CurrentUser user, Pageable pageable) {
        if (!user.isAdmin() && !user.isCommissioner()) {
            throw ApiException.forbidden("对接看板供数字专员和管理员使用");
        }
        boolean all = user.isAdmin() && region == null;
        Set<String> regions;
        if (region != null) {
            if (!user.serves(region)) {
                return new PageView<>(0, pageable.getNumber(), pageable.getSize(), List.of());
            }
            regions = Set.of(region);
        } else {
            regions = user.districts().isEmpty() ? Set.of("-") : user.districts();
        }
        return PageView.of(pairs.search(all, regions, stage == null ? null : stage.name(), scenarioId, providerId,
                dropped, overdue, clock.instant(), pageable), p -> view(p, false));
    }

    /** The board's columns: pairs in play per stage and how many are overdue. */
    List<java.util.Map<String, Object>> summary(@Nullable String region, CurrentUser user) {
        if (!user.isAdmin() && !user.isCommissioner()) {
            throw ApiException.forbidden("对接看板供数字专员和管理员使用");
        }
        if (region != null && !user.serves(region)) {
            throw ApiException.notFound("区市 " + region + " 的看板");
        }
        boolean all = user.isAdmin() && region == null;
        Set<String> regions = region != null ? Set.of(region) : user.districts().isEmpty() ? Set.of("-") : user.districts();
        Instant now = clock.instant();
        List<java.util.Map<String, Object>> columns = new ArrayList<>();
        for (BoardStage stage : BoardStage.values()) {
            columns.add(java.util.Map.of("stage", stage, "label", stage.label,
                    "count", pairs.countInPlay(stage.name(), all, regions, false, now),
                    "overdue", pairs.countInPlay(stage.name(), all, regions, true, now)));
        }
        return columns;
    }

    private BoardPair create(Scenario scenario, long providerId, BoardStage stage, String source, @Nullable CurrentUser actor) {
        Instant now = clock.instant();
        BoardPair saved = pairs.save(new BoardPair(null, scenario.getId(), providerId, scenario.getRegionCode(), stage,
                false, source, now, now.plus(stage.limit), null, now, now));
        stages.save(new BoardStageEntry(null, saved.id(), stage, now, actorName(actor)));
        audit.record(AUDIT_TYPE, saved.id(), "ADD", null, stage.name(), source, actor, scenario.getRegionCode());
        return saved;
    }

    private BoardPair change(BoardPair pair, BoardStage to, boolean dropped, @Nullable String reason,
                             @Nullable CurrentUser actor) {
        Instant now = clock.instant();
        BoardPair saved = pairs.update(pair.at(to, dropped, now));
        if (to != pair.stage()) {
            stages.save(new BoardStageEntry(null, pair.id(), to, now, actorName(actor)));
        }
        String action = dropped != pair.dropped() && to == pair.stage() ? (dropped ? "DROP" : "RESUME") : "MOVE";
        audit.record(AUDIT_TYPE, pair.id(), action, pair.stage().name(), to.name(), reason, actor, pair.regionCode());
        return saved;
    }

    private BoardPair scoped(long id, CurrentUser user) {
        return pairs.findById(id).filter(p -> user.serves(p.regionCode()))
                .orElseThrow(() -> ApiException.notFound("对接 " + id));
    }

    private BoardPairView view(BoardPair p, boolean full) {
        Instant now = clock.instant();
        Scenario s = scenarios.findById(p.scenarioId()).orElseThrow();
        String provider = organizations.findById(p.providerId()).map(o -> o.name()).orElse("");
        List<BoardPairView.Step> history = null;
        if (full) {
            history = new ArrayList<>();
            List<BoardStageEntry> entries = stages.findByPairIdOrderByIdAsc(p.id());
            for (int i = 0; i < entries.size(); i++) {
                BoardStageEntry e = entries.get(i);
                Instant left = i + 1 < entries.size() ? entries.get(i + 1).enteredAt() : null;
                history.add(new BoardPairView.Step(e.stage(), e.enteredAt(), left,
                        Duration.between(e.enteredAt(), left == null ? now : left).toDays(), e.actorName()));
            }
        }
        boolean overdue = !p.dropped() && p.stage() != BoardStage.ACCEPTED && now.isAfter(p.dueAt());
        return new BoardPairView(p.id(), new BoardPairView.Scenario(s.getId(), s.getTitle(), s.getStatus()),
                new BoardPairView.Provider(p.providerId(), provider), p.regionCode(), p.stage(), p.stage().label,
                p.dropped(), p.source(), p.stageSince(), p.dueAt(), Duration.between(p.stageSince(), now).toDays(),
                overdue, p.version() == null ? 0 : p.version(), p.createdAt(), history,
                full ? notes.findByPairIdOrderByHappenedOnDesc(p.id()) : null);
    }

    private static String actorName(@Nullable CurrentUser actor) {
        return actor == null ? AuditLog.SYSTEM : actor.username();
    }
}
