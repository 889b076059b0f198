package cn.scenehub.board;

import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A commissioner's note on a pair: a visit, a call, or anything else worth keeping. */
@Serdeable
@MappedEntity("board_note")
record BoardNote(@Id @GeneratedValue @Nullable Long id, long pairId, Kind kind, String body, LocalDate happenedOn,
                 long authorId, String authorName, Instant createdAt) {

    enum Kind { VISIT, CALL, NOTE }
}
