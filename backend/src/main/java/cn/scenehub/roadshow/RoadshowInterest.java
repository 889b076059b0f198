package cn.scenehub.roadshow;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A provider's wish to pitch for one scenario of an event, shortlisting, and the outcome. */
@Serdeable
@MappedEntity("roadshow_interest")
record RoadshowInterest(
        @Id @GeneratedValue @Nullable Long id,
        long roadshowId,
        long scenarioId,
        long providerId,
        @Nullable String note,
        boolean shortlisted,
        @Nullable String intention,
        boolean followUp,
        Instant createdAt) {

    RoadshowInterest shortlist(boolean to) {
        return new RoadshowInterest(id, roadshowId, scenarioId, providerId, note, to, intention, followUp, createdAt);
    }

    RoadshowInterest outcome(@Nullable String what, boolean follow) {
        return new RoadshowInterest(id, roadshowId, scenarioId, providerId, note, shortlisted, what, follow, createdAt);
    }
}
