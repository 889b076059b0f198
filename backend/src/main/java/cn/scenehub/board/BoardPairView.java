package cn.scenehub.board;

import java.time.Instant;
import java.util.List;

import cn.scenehub.scenario.ScenarioStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A pair on the board: where it is, since when, whether it is overdue; with its stage history
 * (time spent in each) and notes when one pair is read.
 */
@Serdeable
record BoardPairView(long id, Scenario scenario, Provider provider, String region, BoardStage stage,
                     String stageLabel, boolean dropped, String source, Instant stageSince, Instant dueAt,
                     long daysInStage, boolean overdue, long version, Instant createdAt,
                     @Nullable List<Step> history, @Nullable List<BoardNote> notes) {

    @Serdeable
    record Scenario(long id, String title, ScenarioStatus status) {
    }

    @Serdeable
    record Provider(long id, String name) {
    }

    /** A stage the pair went through; {@code leftAt} null while it is still there. */
    @Serdeable
    record Step(BoardStage stage, Instant enteredAt, @Nullable Instant leftAt, long days, String actor) {
    }
}
