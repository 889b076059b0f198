package cn.scenehub.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Creates versioned physical indices from the definitions' JSON and moves aliases between them.
 * Uses the generic client so the JSON in the resources is exactly what OpenSearch receives.
 */
public final class IndexAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final OpenSearchClient client;
    private final IndexLayout layout;

    public IndexAdmin(OpenSearchClient client, IndexLayout layout) {
        this.client = client;
        this.layout = layout;
    }

    /** The physical index behind the definition's alias, if the alias exists. */
    public Optional<String> currentIndex(IndexDefinition definition) {
        JsonNode aliases = call("GET", "/_alias/" + layout.aliasOf(definition), null, true);
        if (aliases == null || !aliases.fieldNames().hasNext()) {
            return Optional.empty();
        }
        return Optional.of(aliases.fieldNames().next());
    }

    /** Makes sure the alias exists, creating a first physical index for it if needed. */
    public String ensure(IndexDefinition definition) {
        return currentIndex(definition).orElseGet(() -> {
            String index = createVersion(definition);
            swapAlias(definition, index);
            return index;
        });
    }

    /** Creates a new, empty physical index for the definition (not yet behind its alias). */
    public String createVersion(IndexDefinition definition) {
        String index = layout.aliasOf(definition) + "_v" + LocalDateTime.now().format(VERSION);
        call("PUT", "/" + index, body(definition), false);
        return index;
    }

    /**
     * Points the alias at {@code index} in one atomic step and deletes the indices it left, so
     * readers never see a missing or half-built index.
     */
    public void swapAlias(IndexDefinition definition, String index) {
        String alias = layout.aliasOf(definition);
        Optional<String> previous = currentIndex(definition);
        ObjectNode actions = JSON.createObjectNode();
        var list = actions.putArray("actions");
        previous.ifPresent(old -> list.addObject().putObject("remove").put("index", old).put("alias", alias));
        list.addObject().putObject("add").put("index", index).put("alias", alias);
        call("POST", "/_aliases", actions, false);
        previous.filter(old -> !old.equals(index)).ifPresent(old -> call("DELETE", "/" + old, null, true));
    }

    /**
     * Points the alias at {@code index} in one atomic step and keeps the index it left, which the
     * caller deletes ({@link #delete}) once searches already running on it are done.
     *
     * @return the indices the alias pointed at before
     */
    public List<String> swapAliasKeepingOld(IndexDefinition definition, String index) {
        String alias = layout.aliasOf(definition);
        List<String> previous = new ArrayList<>();
        JsonNode holders = call("GET", "/_alias/" + alias, null, true);
        if (holders != null) {
            holders.fieldNames().forEachRemaining(previous::add);
        }
        ObjectNode actions = JSON.createObjectNode();
        var list = actions.putArray("actions");
        // Every index holding the alias leaves it, so it never ends up on two.
        previous.forEach(old -> list.addObject().putObject("remove").put("index", old).put("alias", alias));
        list.addObject().putObject("add").put("index", index).put("alias", alias);
        call("POST", "/_aliases", actions, false);
        previous.remove(index);
        return previous;
    }

    /** Deletes a physical index; one that is already gone is fine. */
    public void delete(String index) {
        call("DELETE", "/" + index, null, true);
    }

    /**
     * Tunes a new physical index for a bulk build (no refreshes, no replicas while loading) or
     * back to normal service with the layout's replicas.
     */
    public void bulkLoading(String index, boolean loading) {
        ObjectNode settings = JSON.createObjectNode();
        ObjectNode node = settings.putObject("index");
        node.put("refresh_interval", loading ? "-1" : "1s");
        node.put("number_of_replicas", loading ? 0 : layout.replicas());
        call("PUT", "/" + index + "/_settings", settings, false);
        if (!loading) {
            call("POST", "/" + index + "/_refresh", null, false);
        }
    }

    /** How many documents an index or alias holds (after its last refresh). */
    public long count(String indexOrAlias) {
        JsonNode response = call("GET", "/" + indexOrAlias + "/_count", null, true);
        return response == null ? 0 : response.path("count").asLong();
    }

    /** The alias of a definition, with the layout's prefix. */
    public String aliasOf(IndexDefinition definition) {
        return layout.aliasOf(definition);
    }

    /** Makes recent writes visible to search (tests and rebuilds). */
    public void refresh(IndexDefinition definition) {
        call("POST", "/" + layout.aliasOf(definition) + "/_refresh", null, false);
    }

    private ObjectNode body(IndexDefinition definition) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode settings = body.putObject("settings");
        ObjectNode index = settings.putObject("index");
        index.put("number_of_shards", layout.shards());
        index.put("number_of_replicas", layout.replicas());
        settings.set("analysis", readResource("analysis.json"));
        body.set("mappings", readResource(definition.mappingsResource()));
        return body;
    }

    private JsonNode readResource(String name) {
        try (InputStream in = IndexAdmin.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("index resource missing: " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one request; a 404 answers null when {@code missingOk}, any other failure throws. */
    private JsonNode call(String method, String endpoint, JsonNode body, boolean missingOk) {
        var request = Requests.builder().method(method).endpoint(endpoint);
        if (body != null) {
            request.json(body.toString());
        }
        try (Response response = client.generic().execute(request.build())) {
            String text = response.getBody().map(Body::bodyAsString).orElse("");
            if (response.getStatus() == 404 && missingOk) {
                return null;
            }
            if (response.getStatus() >= 300) {
                throw new SearchIndexException(method + " " + endpoint + " failed with "
                        + response.getStatus() + ": " + text);
            }
            return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new SearchIndexException(method + " " + endpoint + " failed: " + e.getMessage(), e);
        }
    }
}
