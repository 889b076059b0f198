package cn.scenehub.roadshow;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A matchmaking event: 场景反向路演 (ROADSHOW) or 供需对接会 (MATCHMAKING). */
@MappedEntity("roadshow")
record Roadshow(
        @Id @GeneratedValue @Nullable Long id,
        Kind kind,
        String title,
        Instant startsAt,
        @Nullable String place,
        @Nullable String onlineLink,
        Status status,
        @Nullable String outcomeNote,
        long createdBy,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt) {

    enum Kind { ROADSHOW, MATCHMAKING }

    enum Status { PLANNED, HELD, CANCELLED }

    /** Called off; the reason is kept where a held event keeps its summary. */
    Roadshow cancelled(String reason, Instant now) {
        return new Roadshow(id, kind, title, startsAt, place, onlineLink, Status.CANCELLED, reason, createdBy, version,
                createdAt, now);
    }

    Roadshow held(@Nullable String note, Instant now) {
        return new Roadshow(id, kind, title, startsAt, place, onlineLink, Status.HELD, note, createdBy, version,
                createdAt, now);
    }
}
