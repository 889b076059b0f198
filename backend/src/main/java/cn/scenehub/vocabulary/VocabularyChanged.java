package cn.scenehub.vocabulary;

import java.util.Set;

/**
 * Published (in-process) after an administrator's vocabulary change was committed, so the
 * search-box completions can follow at once.
 *
 * @param added   terms as written that are now in the dictionary or a synonym group
 * @param removed normalised terms no longer held by either (shipped terms are never removed)
 */
public record VocabularyChanged(Set<String> added, Set<String> removed) {
}
