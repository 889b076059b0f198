package cn.scenehub.board;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A pair entered a stage: the history from which the time spent in each stage is read. */
@MappedEntity("board_stage")
record BoardStageEntry(@Id @GeneratedValue @Nullable Long id, long pairId, BoardStage stage, Instant enteredAt,
                       String actorName) {
}
