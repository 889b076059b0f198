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
import jakarta.inject.Singleton;

/**
 * When a scenario is published, tells each listed provider whose subscriptions fit it, once per
 * provider. A capability map fits when one capability has the scenario's category and (if it
 * names industries) its industry, and the provider serves the scenario's region (if it names
 * regions). This is a plain rule, not the matching engine's ranking.
 */
@Singleton
class SubscriptionMatcher {

    private final SubscriptionRepository subscriptions;
    private final ProviderProfileRepository profiles;
    private final TaxonomyLookup taxonomy;
    private final Notifier notifier;

    SubscriptionMatcher(SubscriptionRepository subscriptions, ProviderProfileRepository profiles,
                        TaxonomyLookup taxonomy, Notifier notifier) {
        this.subscriptions = subscriptions;
        this.profiles = profiles;
        this.taxonomy = taxonomy;
        this.notifier = notifier;
    }

    @EventListener
    void published(ScenarioMoved event) {
        if (event.action() != ScenarioAction.PUBLISH) {
            return;
        }
        Scenario s = event.scenario();
        Set<Long> told = new HashSet<>();
        for (Subscription sub : subscriptions.findAll()) {
            if (told.contains(sub.providerId())) {
                continue;
            }
            ProviderProfile profile = profiles.findById(sub.providerId()).orElse(null);
            if (profile == null || profile.poolStatus() != PoolStatus.LISTED) {
                continue;
            }
            boolean fits = sub.kind() == Subscription.Kind.CAPABILITY_MAP ? fitsMap(profile, s) : fitsSearch(sub.criteria(), s);
            if (fits) {
                told.add(sub.providerId());
                notifier.toOrganization(sub.providerId(), new Notifier.Message(NotificationType.SCENARIO_MATCHED,
                        "新发布的场景符合您的订阅「" + sub.name() + "」：" + s.getTitle(), null,
                        "/api/v1/scenarios/" + s.getId()));
            }
        }
    }

    boolean fitsMap(ProviderProfile profile, Scenario s) {
        List<String> regions = profile.serviceRegions() == null ? List.of() : profile.serviceRegions();
        if (!regions.isEmpty() && regions.stream().noneMatch(r -> taxonomy.regionCovers(r, s.getRegionCode()))) {
            return false;
        }
        for (Capability c : profile.capabilities() == null ? List.<Capability>of() : profile.capabilities()) {
            boolean category = code(TaxonomyKind.CATEGORY, c.category()).equals(s.getCategory());
            boolean industry = c.industries() == null || c.industries().isEmpty() || c.industries().stream()
                    .anyMatch(i -> code(TaxonomyKind.INDUSTRY, i).equals(s.getIndustryCode()));
            if (category && industry) {
                return true;
            }
        }
        return false;
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
