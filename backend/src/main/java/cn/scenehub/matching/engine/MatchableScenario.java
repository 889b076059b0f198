package cn.scenehub.matching.engine;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/** What the engine reads of a scenario: its public fields only. */
public record MatchableScenario(
        long id,
        @Nullable String externalId,
        String title,
        String description,
        String category,
        List<String> modes,
        String industryCode,
        @Nullable String industryChain,
        List<String> techTags,
        String regionCode) {
}
