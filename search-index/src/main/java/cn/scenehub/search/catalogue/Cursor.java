package cn.scenehub.search.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The position after a page, for the next one: the sort values of the page's last hit (the id
 * last, so ties never skip or repeat a record) and the order they belong to. Opaque to clients
 * (URL-safe Base64 of JSON); unlike {@code from}, it reaches past the first 10,000 hits at the
 * same cost as the first page.
 */
final class Cursor {

    private Cursor() {
    }

    static String encode(String order, JsonNode sortValues) {
        ObjectNode node = SearchRequests.JSON.createObjectNode();
        node.put("o", order);
        node.set("a", sortValues);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort values a cursor holds.
     *
     * @throws IllegalArgumentException ("cursor") when it is not one of ours, or was made for another order
     */
    static ArrayNode decode(String cursor, String order) {
        try {
            JsonNode node = SearchRequests.JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            JsonNode values = node.path("a");
            if (!order.equals(node.path("o").asText()) || !values.isArray() || values.size() != 2) {
                throw new IllegalArgumentException("cursor");
            }
            for (JsonNode value : values) {
                if (!value.isNumber() && !value.isTextual()) {
                    throw new IllegalArgumentException("cursor");
                }
            }
            return (ArrayNode) values;
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("cursor", e);
        }
    }
}
