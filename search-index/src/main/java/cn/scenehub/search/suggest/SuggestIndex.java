package cn.scenehub.search.suggest;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.index.IndexLayout;
import cn.scenehub.search.index.SearchIndexException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Search-box completions from OpenSearch's completion suggester (an in-memory FST per segment, so
 * a prefix costs about a millisecond whatever the index size). Each document carries several
 * inputs: its text, its full pinyin and initials, and for titles and names the text from each
 * later word on, so 熔铸 completes 铝型材熔铸车间… and 钧铝 a company's name. Inputs are compared
 * whole and lower-cased, white space removed.
 */
public final class SuggestIndex {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SUFFIXES = 6;

    private final OpenSearchClient client;
    private final String alias;

    public SuggestIndex(OpenSearchClient client, IndexLayout layout) {
        this.client = client;
        this.alias = layout.aliasOf(IndexDefinition.SUGGEST);
    }

    /** The document id of a suggestion: per scenario or provider, or per term text. */
    public static String id(String kind, Object key) {
        return kind + ":" + key;
    }

    /** A dictionary term's suggestion document. */
    public static Map<String, Object> term(String text) {
        return document(Suggestion.TERM, null, text, 100 - Math.min(text.length(), 50), false);
    }

    public static Map<String, Object> scenario(long id, String title) {
        return document(Suggestion.SCENARIO, id, title, 40, true);
    }

    public static Map<String, Object> provider(long id, String name) {
        return document(Suggestion.PROVIDER, id, name, 60, true);
    }

    private static Map<String, Object> document(String kind, Long refId, String text, int weight, boolean suffixes) {
        Set<String> inputs = new LinkedHashSet<>();
        add(inputs, text);
        Pinyin.Keys keys = Pinyin.of(text);
        if (!keys.full().equals(key(text))) {
            add(inputs, keys.full());
            add(inputs, keys.initials());
        }
        if (suffixes) {
            List<String> tokens = IndustrialSegmenter.get().tokens(text);
            for (int i = 1; i < tokens.size() && inputs.size() < 3 + MAX_SUFFIXES; i++) {
                if (tokens.get(i).length() > 1) {
                    add(inputs, String.join("", tokens.subList(i, tokens.size())));
                }
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", kind);
        doc.put("text", text);
        if (refId != null) {
            doc.put("refId", refId);
        }
        doc.put("suggest", Map.of("input", List.copyOf(inputs), "weight", Math.max(weight, 1)));
        return doc;
    }

    private static void add(Set<String> inputs, String text) {
        String key = key(text);
        if (!key.isEmpty()) {
            inputs.add(key.length() > 50 ? key.substring(0, 50) : key);
        }
    }

    /** NFKC, lower case, no white space or control characters (the suggester reserves some). */
    static String key(String text) {
        String n = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Up to {@code size} completions of {@code query}: dictionary terms first (about half), then
     * provider names and scenario titles, each kind best first; the same text is given once.
     */
    public List<Suggestion> suggest(String query, int size) {
        String prefix = key(query);
        if (prefix.isEmpty() || size < 1) {
            return List.of();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("_source", true);
        ObjectNode suggest = body.putObject("suggest");
        for (String kind : List.of(Suggestion.TERM, Suggestion.PROVIDER, Suggestion.SCENARIO)) {
            ObjectNode completion = suggest.putObject(kind).put("prefix", prefix).putObject("completion");
            completion.put("field", "suggest").put("size", size).put("skip_duplicates", true);
            completion.putObject("contexts").putArray("kind").add(kind);
        }
        JsonNode response = execute(body);
        Map<String, List<Suggestion>> byKind = new LinkedHashMap<>();
        for (String kind : List.of(Suggestion.TERM, Suggestion.PROVIDER, Suggestion.SCENARIO)) {
            List<Suggestion> found = new ArrayList<>();
            for (JsonNode option : response.path("suggest").path(kind).path(0).path("options")) {
                JsonNode source = option.path("_source");
                JsonNode ref = source.path("refId");
                found.add(new Suggestion(source.path("text").asText(), kind, ref.isNumber() ? ref.asLong() : null));
            }
            byKind.put(kind, found);
        }
        return merge(byKind, size);
    }

    private static List<Suggestion> merge(Map<String, List<Suggestion>> byKind, int size) {
        int[] quota = {Math.max(1, (size + 1) / 2), Math.max(1, size / 4), size};
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<List<Suggestion>> lists = new ArrayList<>(byKind.values());
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < lists.size(); k++) {
                int taken = 0;
                for (Suggestion s : lists.get(k)) {
                    if (out.size() >= size || (pass == 0 && taken >= quota[k])) {
                        break;
                    }
                    if (seen.add(s.text())) {
                        out.add(s);
                        taken++;
                    }
                }
            }
        }
        return out;
    }

    private JsonNode execute(ObjectNode body) {
        var request = Requests.builder().method("POST").endpoint("/" + alias + "/_search").json(body.toString()).build();
        try (Response response = client.generic().execute(request)) {
            String text = response.getBody().map(Body::bodyAsString).orElse("{}");
            if (response.getStatus() == 404) {
                return JSON.createObjectNode();
            }
            if (response.getStatus() >= 300) {
                throw new SearchIndexException("suggest failed with " + response.getStatus() + ": " + text);
            }
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new SearchIndexException("suggest failed: " + e.getMessage(), e);
        }
    }
}
