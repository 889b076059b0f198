package cn.scenehub.question;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.Role;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.notification.NotificationType;
import cn.scenehub.notification.Notifier;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioService;
import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Q&A on published scenarios: listed providers ask; the owner, the district's commissioners or an
 * admin answer, publicly (every provider reads it, the asker stays anonymous) or to the asker only.
 */
@Singleton
class QuestionService {

    static final String AUDIT_TYPE = "QUESTION";

    private final QuestionRepository questions;
    private final ScenarioService scenarios;
    private final ProviderProfileRepository profiles;
    private final AuditLog audit;
    private final Notifier notifier;
    private final Clock clock;

    QuestionService(QuestionRepository questions, ScenarioService scenarios, ProviderProfileRepository profiles,
                    AuditLog audit, Notifier notifier, Clock clock) {
        this.questions = questions;
        this.scenarios = scenarios;
        this.profiles = profiles;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    QuestionView ask(long scenarioId, String text, CurrentUser user) {
        if (user.role() != Role.PROVIDER || user.organizationId() == null
                || profiles.findById(user.organizationId()).filter(p -> p.poolStatus() == PoolStatus.LISTED).isEmpty()) {
            throw ApiException.forbidden("只有入库服务商可以提问");
        }
        Scenario scenario = scenarios.load(scenarioId);
        if (!scenario.getStatus().isPublic()) {
            throw ApiException.notFound("场景 " + scenarioId);
        }
        if (scenario.getStatus() != ScenarioStatus.PUBLISHED) {
            throw ApiException.conflict("场景已不在揭榜期，不能再提问");
        }
        Question saved = questions.save(new Question(null, scenarioId, user.organizationId(), user.id(), text.trim(),
                null, null, null, clock.instant(), null));
        audit.record(AUDIT_TYPE, saved.id(), "ASK", null, null, null, user, scenario.getRegionCode());
        var message = new Notifier.Message(NotificationType.QUESTION_ASKED, "服务商提问：" + scenario.getTitle(),
                saved.question(), "/api/v1/scenarios/" + scenarioId + "/questions");
        notifier.toOrganization(scenario.getOrganizationId(), message);
        notifier.toCommissioners(scenario.getRegionCode(), Set.of(), message);
        return view(saved, user, true);
    }

    @Transactional
    QuestionView answer(long id, String text, Question.Visibility visibility, CurrentUser user) {
        Question question = questions.findById(id).orElseThrow(() -> ApiException.notFound("问题 " + id));
        Scenario scenario = scenarios.load(question.scenarioId());
        if (scenarios.capacities(scenario, user).isEmpty()) {
            throw ApiException.notFound("问题 " + id);
        }
        Question saved = questions.update(question.answered(text.trim(), visibility, user.id(), clock.instant()));
        audit.record(AUDIT_TYPE, id, question.answer() == null ? "ANSWER" : "REANSWER", null, visibility.name(), null,
                user, scenario.getRegionCode());
        notifier.toUsers(List.of(question.askedBy()), new Notifier.Message(NotificationType.QUESTION_ANSWERED,
                "您的提问已回复：" + scenario.getTitle(), saved.answer(), "/api/v1/scenarios/" + scenario.getId() + "/questions"));
        return view(saved, user, true);
    }

    /** Everything for those who decide; for a provider its own questions and the public answers. */
    List<QuestionView> list(long scenarioId, CurrentUser user) {
        Scenario scenario = scenarios.load(scenarioId);
        boolean decides = !scenarios.capacities(scenario, user).isEmpty();
        if (!decides && !(user.role() == Role.PROVIDER && scenario.getStatus().isPublic())) {
            throw ApiException.notFound("场景 " + scenarioId);
        }
        return questions.findByScenarioIdOrderByIdAsc(scenarioId).stream()
                .filter(q -> decides || isAsker(q, user) || q.visibility() == Question.Visibility.PUBLIC)
                .map(q -> view(q, user, decides)).toList();
    }

    private static boolean isAsker(Question q, CurrentUser user) {
        return user.role() == Role.PROVIDER && user.belongsTo(q.providerId());
    }

    private static QuestionView view(Question q, CurrentUser user, boolean full) {
        boolean mine = isAsker(q, user);
        return new QuestionView(q.id(), q.scenarioId(), full || mine ? q.providerId() : null, mine, q.question(),
                q.answer(), q.visibility() == null ? null : q.visibility().name(), q.askedAt(), q.answeredAt());
    }
}
