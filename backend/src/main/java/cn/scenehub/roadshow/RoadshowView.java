package cn.scenehub.roadshow;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An event with the scenarios presented. {@code interests}: all of them for the organizers, a
 * provider's own for a provider, none for others.
 */
@Serdeable
record RoadshowView(long id, Roadshow.Kind kind, String title, Instant startsAt, @Nullable String place,
                    @Nullable String onlineLink, Roadshow.Status status, @Nullable String outcomeNote,
                    List<Scenario> scenarios, List<RoadshowInterest> interests, boolean organizer, long version) {

    @Serdeable
    record Scenario(long id, String title, String region) {
    }
}
