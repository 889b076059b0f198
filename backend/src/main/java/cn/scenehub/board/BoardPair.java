package cn.scenehub.board;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** One scenario × provider pair on the board of the scenario's district. */
@MappedEntity("board_pair")
record BoardPair(
        @Id @GeneratedValue @Nullable Long id,
        long scenarioId,
        long providerId,
        String regionCode,
        BoardStage stage,
        boolean dropped,
        String source,
        Instant stageSince,
        Instant dueAt,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt) {

    BoardPair at(BoardStage to, boolean drop, Instant now) {
        boolean moved = to != stage;
        return new BoardPair(id, scenarioId, providerId, regionCode, to, drop, source, moved ? now : stageSince,
                moved ? now.plus(to.limit) : dueAt, version, createdAt, now);
    }
}
