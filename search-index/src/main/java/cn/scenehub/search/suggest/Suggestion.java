package cn.scenehub.search.suggest;

/**
 * A completion for the search box.
 *
 * @param text what to show and search for
 * @param kind {@code term} (the dictionary), {@code scenario} (a published title) or {@code provider} (a listed name)
 * @param id   the scenario's or provider's id; null for a term
 */
public record Suggestion(String text, String kind, Long id) {

    public static final String TERM = "term";
    public static final String SCENARIO = "scenario";
    public static final String PROVIDER = "provider";
}
