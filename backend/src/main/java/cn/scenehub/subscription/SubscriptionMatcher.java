package cn.scenehub.subscription;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.scenehub.notification.NotificationType;
import cn.scenehub.notification.Notifier;
import cn.scenehub.provider.Capability;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioAction;
import cn.scenehub.scenario.ScenarioMoved;
import cn.scenehub.taxonomy.TaxonomyKind;
import cn.scenehub.taxonomy.TaxonomyLookup;
import cn.scenehub.taxonomy.TaxonomyTerm;
import io.micronaut.runtime.event.annotation.EventListener;
import cn.scenehub.matching.MatchEngine;
import cn.scenehub.matching.MatchSources;
import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.matching.engine.MatchableScenario;
import cn.scenehub.matching.engine.PairFeatures;
import cn.scenehub.matching.engine.ReasonWriter;
import cn.scenehub.matching.engine.PairScore;
import jakarta.inject.Singleton;

/**
 * When a scenario is published, tells each listed provider whose subscriptions fit it, once per
 * provider. A capability map fits when the matching engine ranks the provider among the scenario's
 * best {@value #TOP} and on the point: a capability in the scenario's category, a technique of the
 * scenario (or its synonym, or a related one) in its capability, case or product — what the match
 * reasons would name — and a service region that includes the district. A saved search is a plain
 * rule over the scenario's fields.
 */
@Singleton
class SubscriptionMatcher {

    private final SubscriptionRepository subscriptions;
    private final ProviderProfileRepository profiles;
    private final TaxonomyLookup taxonomy;
    private final Notifier notifier;
    private final MatchEngine engine;
    private final ReasonWriter reasons;

    /** How far down the scenario's ranking a capability-map subscriber is still told. */
    static final int TOP = 20;

    SubscriptionMatcher(SubscriptionRepository subscriptions, ProviderProfileRepository profiles,
                        TaxonomyLookup taxonomy, Notifier notifier, MatchEngine engine) {
        this.subscriptions = subscriptions;
        this.profiles = profiles;
        this.taxonomy = taxonomy;
        this.notifier = notifier;
        this.engine = engine;
        this.reasons = new ReasonWriter(engine.places());
    }

    @EventListener
    void published(ScenarioMoved event) {
        if (event.action() != ScenarioAction.PUBLISH) {
            return;
        }
        Scenario s = event.scenario();
        Set<Long> told = new HashSet<>();
        Set<Long> fitting = null;
        for (Subscription sub : subscriptions.findAll()) {
            if (told.contains(sub.providerId())) {
                continue;
            }
            ProviderProfile profile = profiles.findById(sub.providerId()).orElse(null);
            if (profile == null || profile.poolStatus() != PoolStatus.LISTED) {
                continue;
            }
            if (sub.kind() == Subscription.Kind.CAPABILITY_MAP && fitting == null) {
                fitting = fittingProviders(s);
            }
            boolean fits = sub.kind() == Subscription.Kind.CAPABILITY_MAP ? fitting.contains(sub.providerId())
                    : fitsSearch(sub.criteria(), s);
            if (fits) {
                told.add(sub.providerId());
                notifier.toOrganization(sub.providerId(), new Notifier.Message(NotificationType.SCENARIO_MATCHED,
                        "新发布的场景符合您的订阅「" + sub.name() + "」：" + s.getTitle(), null,
                        "/api/v1/scenarios/" + s.getId()));
            }
        }
    }

    /** The providers the engine ranks among the best {@value #TOP} for the scenario, and on its point. */
    Set<Long> fittingProviders(Scenario s) {
        Set<Long> fitting = new HashSet<>();
        MatchIndex index = engine.index();
        MatchableScenario scenario = MatchSources.scenario(s);
        for (PairScore pair : index.rank(scenario, TOP)) {
            PairFeatures f = pair.features();
            if (f.categoryFit() && !f.outsideRegion()
                    && reasons.reasons(index, scenario, pair).stream().anyMatch(r -> r.kind().equals("technique"))) {
                fitting.add(pair.provider().id());
            }
        }
        return fitting;
    }

    static boolean fitsSearch(Subscription.Criteria c, Scenario s) {
        if (c == null) {
            return false;
        }
        if (c.categories() != null && !c.categories().isEmpty() && !c.categories().contains(s.getCategory())) {
            return false;
        }
        if (c.industries() != null && !c.industries().isEmpty() && !c.industries().contains(s.getIndustryCode())) {
            return false;
        }
        if (c.regions() != null && !c.regions().isEmpty() && !c.regions().contains(s.getRegionCode())) {
            return false;
        }
        if (c.modes() != null && !c.modes().isEmpty() && c.modes().stream().noneMatch(s.getModes()::contains)) {
            return false;
        }
        if (c.q() != null) {
            String text = SubscriptionService.lower(s.getTitle() + " " + s.getDescription() + " " + String.join(" ", s.getTechTags()));
            for (String word : c.q().split("\\s+")) {
                if (!text.contains(SubscriptionService.lower(word))) {
                    return false;
                }
            }
        }
        return true;
    }

    private String code(TaxonomyKind kind, String value) {
        return taxonomy.resolve(kind, value).map(TaxonomyTerm::code).orElse(value);
    }
}
