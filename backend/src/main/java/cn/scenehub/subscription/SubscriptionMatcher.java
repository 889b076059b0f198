package cn.scenehub.subscription;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import cn.scenehub.scenario.ScenarioRepository;
import cn.scenehub.scenario.ScenariosPublished;
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
 * provider; an import that publishes many tells each provider once, of all that fit it. A
 * capability map fits when the matching engine ranks the provider among the scenario's best
 * {@value #TOP} and on the point: a capability in the scenario's category, a technique of the
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
    private final ScenarioRepository scenarios;

    /** How far down the scenario's ranking a capability-map subscriber is still told. */
    static final int TOP = 20;
    /** How many titles a digest lists. */
    private static final int DIGEST_TITLES = 10;

    SubscriptionMatcher(SubscriptionRepository subscriptions, ProviderProfileRepository profiles,
                        TaxonomyLookup taxonomy, Notifier notifier, MatchEngine engine, ScenarioRepository scenarios) {
        this.subscriptions = subscriptions;
        this.profiles = profiles;
        this.taxonomy = taxonomy;
        this.notifier = notifier;
        this.engine = engine;
        this.scenarios = scenarios;
        this.reasons = new ReasonWriter(engine.places());
    }

    @EventListener
    void published(ScenarioMoved event) {
        if (event.action() == ScenarioAction.PUBLISH) {
            announce(List.of(event.scenario()));
        }
    }

    /** An imported annual list: each provider is told once, of all its fitting scenarios together. */
    @EventListener
    void imported(ScenariosPublished event) {
        announce(scenarios.findByIdIn(event.scenarioIds()));
    }

    private void announce(List<Scenario> published) {
        Map<Long, Set<Long>> fitting = null; // scenario → providers whose capability map fits it
        Map<Long, Set<String>> subscriptionNames = new LinkedHashMap<>(); // provider → subscriptions that fit
        Map<Long, Set<Scenario>> fits = new LinkedHashMap<>(); // provider → scenarios that fit
        for (Subscription sub : subscriptions.findAll()) {
            ProviderProfile profile = profiles.findById(sub.providerId()).orElse(null);
            if (profile == null || profile.poolStatus() != PoolStatus.LISTED) {
                continue;
            }
            if (sub.kind() == Subscription.Kind.CAPABILITY_MAP && fitting == null) {
                fitting = new HashMap<>();
                for (Scenario s : published) {
                    fitting.put(s.getId(), fittingProviders(s));
                }
            }
            for (Scenario s : published) {
                boolean fit = sub.kind() == Subscription.Kind.CAPABILITY_MAP
                        ? fitting.get(s.getId()).contains(sub.providerId()) : fitsSearch(sub.criteria(), s);
                if (fit) {
                    fits.computeIfAbsent(sub.providerId(), id -> new LinkedHashSet<>()).add(s);
                    subscriptionNames.computeIfAbsent(sub.providerId(), id -> new LinkedHashSet<>()).add(sub.name());
                }
            }
        }
        fits.forEach((providerId, matched) -> notifier.toOrganization(providerId,
                message(providerId, List.copyOf(matched), subscriptionNames.get(providerId))));
    }

    private static Notifier.Message message(long providerId, List<Scenario> matched, Set<String> subscriptionNames) {
        String names = "「" + String.join("」「", subscriptionNames) + "」";
        Scenario first = matched.get(0);
        if (matched.size() == 1) {
            return new Notifier.Message(NotificationType.SCENARIO_MATCHED, "新发布的场景符合您的订阅" + names + "："
                    + first.getTitle(), null, "/api/v1/scenarios/" + first.getId());
        }
        StringBuilder body = new StringBuilder();
        matched.stream().limit(DIGEST_TITLES).forEach(s -> body.append(s.getTitle()).append('\n'));
        if (matched.size() > DIGEST_TITLES) {
            body.append("……共 ").append(matched.size()).append(" 个");
        }
        return new Notifier.Message(NotificationType.SCENARIO_MATCHED, "新发布的 " + matched.size()
                + " 个场景符合您的订阅" + names + "：" + first.getTitle() + " 等", body.toString().strip(),
                "/api/v1/providers/" + providerId + "/matches");
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
