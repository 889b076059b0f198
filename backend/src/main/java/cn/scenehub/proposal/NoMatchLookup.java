package cn.scenehub.proposal;

import java.util.Collection;
import java.util.Map;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** The stand-in until a matching engine provides a {@link MatchLookup}: any other bean wins. */
@Singleton
@Secondary
class NoMatchLookup implements MatchLookup {

    @Override
    public Map<Long, Match> matches(long scenarioId, Collection<Long> providerIds) {
        return Map.of();
    }
}
