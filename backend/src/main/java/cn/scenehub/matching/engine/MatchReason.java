package cn.scenehub.matching.engine;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One reason of a match, shown to users: {@code kind} is capability, technique, industry,
 * evidence, region or quality; {@code text} a Chinese sentence; {@code evidence} the provider's
 * own words it rests on (tags, case titles, product names).
 */
@Serdeable
public record MatchReason(String kind, String text, List<String> evidence) {
}
