package cn.scenehub.matching;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scenehub.matching.engine.MatchableProvider;
import cn.scenehub.matching.engine.MatchableScenario;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationRepository;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Reads what matching needs from MySQL: listed providers with their names and ratings, published scenarios. */
@Singleton
public class MatchSources {

    private static final int PAGE = 1000;

    private final ProviderProfileRepository profiles;
    private final OrganizationRepository organizations;
    private final ScenarioRepository scenarios;
    private final JdbcOperations jdbc;

    MatchSources(ProviderProfileRepository profiles, OrganizationRepository organizations, ScenarioRepository scenarios,
                 JdbcOperations jdbc) {
        this.profiles = profiles;
        this.organizations = organizations;
        this.scenarios = scenarios;
        this.jdbc = jdbc;
    }

    /**
     * A cheap fingerprint of everything the provider snapshot depends on: when it changes, the
     * snapshot is rebuilt. Any profile or organization update moves a maximum or a count.
     */
    @Transactional(readOnly = true)
    public String providerFingerprint() {
        return jdbc.prepareStatement("""
                SELECT (SELECT COUNT(*) FROM provider_profile WHERE pool_status = 'LISTED'),
                       (SELECT MAX(updated_at) FROM provider_profile),
                       (SELECT MAX(updated_at) FROM organization WHERE kind = 'PROVIDER'),
                       (SELECT COUNT(*) FROM provider_rating)""", statement -> {
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) + "|" + stamp(rs.getTimestamp(2)) + "|" + stamp(rs.getTimestamp(3)) + "|" + rs.getLong(4);
            }
        });
    }

    @Transactional(readOnly = true)
    public List<MatchableProvider> listedProviders() {
        List<MatchableProvider> result = new ArrayList<>();
        Map<Long, Rating> ratings = ratings();
        int page = 0;
        while (true) {
            var slice = profiles.search(List.of(PoolStatus.LISTED.name()), true, List.of("-"), Pageable.from(page++, PAGE));
            if (slice.getContent().isEmpty()) {
                break;
            }
            Map<Long, Organization> orgs = organizations.findByIdIn(
                            slice.getContent().stream().map(ProviderProfile::organizationId).toList()).stream()
                    .collect(Collectors.toMap(Organization::id, Function.identity()));
            for (ProviderProfile p : slice.getContent()) {
                Organization org = orgs.get(p.organizationId());
                if (org != null) {
                    result.add(provider(p, org, ratings.getOrDefault(p.organizationId(), Rating.NONE)));
                }
            }
            if (slice.getContent().size() < PAGE) {
                break;
            }
        }
        return result;
    }

    /** Scenarios open to providers: published and not yet in negotiation. */
    @Transactional(readOnly = true)
    public List<MatchableScenario> openScenarios() {
        return scenarios.findByStatus(ScenarioStatus.PUBLISHED).stream().map(MatchSources::scenario).toList();
    }

    public static MatchableScenario scenario(Scenario s) {
        return new MatchableScenario(s.getId(), s.getExternalId(), s.getTitle(), s.getDescription(), s.getCategory(),
                nonNull(s.getModes()), s.getIndustryCode(), s.getIndustryChain(), nonNull(s.getTechTags()), s.getRegionCode());
    }

    static MatchableProvider provider(ProviderProfile p, Organization org, Rating rating) {
        return new MatchableProvider(p.organizationId(), p.externalId(), org.name(), org.regionCode(), p.description(),
                p.platformType(), p.maturityLevel(), nonNull(p.capabilities()), nonNull(p.cases()), nonNull(p.products()),
                nonNull(p.serviceRegions()), rating.average(), rating.count());
    }

    /** Enterprises' acceptance (验收) ratings per provider: average and count. */
    Map<Long, Rating> ratings() {
        return jdbc.prepareStatement("SELECT provider_id, AVG(rating), COUNT(*) FROM provider_rating GROUP BY provider_id",
                statement -> {
                    Map<Long, Rating> ratings = new HashMap<>();
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            ratings.put(rs.getLong(1), new Rating(rs.getDouble(2), rs.getInt(3)));
                        }
                    }
                    return ratings;
                });
    }

    record Rating(double average, int count) {
        static final Rating NONE = new Rating(0, 0);
    }

    private static String stamp(Timestamp t) {
        return t == null ? "-" : String.valueOf(t.getTime());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
