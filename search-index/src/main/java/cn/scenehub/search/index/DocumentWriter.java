package cn.scenehub.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Writes documents in bulk to the index behind a definition's alias (or to a named physical
 * index while it is being rebuilt). Documents arrive ready-made, their text already segmented.
 */
public final class DocumentWriter {

    private final OpenSearchClient client;
    private final IndexLayout layout;

    public DocumentWriter(OpenSearchClient client, IndexLayout layout) {
        this.client = client;
        this.layout = layout;
    }

    /**
     * Indexes {@code upserts} (id → document) and deletes {@code deletes} in the live index, and
     * refreshes it, so searches show the change when this returns (a catalogue cache may then be
     * told); fails if any item failed.
     */
    public void bulk(IndexDefinition definition, Map<String, Map<String, Object>> upserts, Collection<String> deletes) {
        write(layout.aliasOf(definition), upserts, deletes, Refresh.True);
    }

    /** As {@link #bulk}, into a physical index being built, which refreshes on its own schedule. */
    public void bulkTo(String index, Map<String, Map<String, Object>> upserts, Collection<String> deletes) {
        write(index, upserts, deletes, Refresh.False);
    }

    private void write(String index, Map<String, Map<String, Object>> upserts, Collection<String> deletes,
                       Refresh refresh) {
        if (upserts.isEmpty() && deletes.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index).refresh(refresh);
        upserts.forEach((id, document) -> bulk.operations(op -> op.index(i -> i.id(id).document(document))));
        deletes.forEach(id -> bulk.operations(op -> op.delete(d -> d.id(id))));
        try {
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                List<String> failures = new ArrayList<>();
                for (BulkResponseItem item : response.items()) {
                    // Deleting what is not there is fine: it was never public.
                    if (item.error() != null && item.status() != 404) {
                        failures.add(item.id() + ": " + item.error().reason());
                    }
                }
                if (!failures.isEmpty()) {
                    throw new SearchIndexException("bulk indexing into " + index + " failed for " + failures);
                }
            }
        } catch (IOException | OpenSearchException e) {
            throw new SearchIndexException("bulk indexing into " + index + " failed: " + e.getMessage(), e);
        }
    }
}
