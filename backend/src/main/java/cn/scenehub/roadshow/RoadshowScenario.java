package cn.scenehub.roadshow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A scenario presented at an event, in order. */
@MappedEntity("roadshow_scenario")
record RoadshowScenario(@Id @GeneratedValue @Nullable Long id, long roadshowId, long scenarioId, int position) {
}
