package cn.scenehub.scenario;

import java.util.List;

/**
 * Published after scenarios were created public in bulk (an administrator's import of an annual
 * list), once for the whole import: followers announce them together instead of one by one.
 *
 * @param scenarioIds the scenarios created public, in import order
 */
public record ScenariosPublished(List<Long> scenarioIds) {
}
