package cn.scenehub.search.taxonomy;

import java.io.IOException;
import java.util.List;

import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.index.IndexAdmin;
import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.index.IndexLayout;
import cn.scenehub.search.index.SearchIndexException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/** The taxonomy terms in OpenSearch: rebuilt from the database, searched by segmented name. */
public final class TaxonomyIndex {

    private static final IndexDefinition DEFINITION = IndexDefinition.TAXONOMY;

    private final OpenSearchClient client;
    private final IndexAdmin admin;
    private final String alias;
    private final IndustrialSegmenter segmenter = IndustrialSegmenter.get();

    public TaxonomyIndex(OpenSearchClient client, IndexLayout layout) {
        this.client = client;
        this.admin = new IndexAdmin(client, layout);
        this.alias = layout.aliasOf(DEFINITION);
    }

    /** A document for a term, with its name segmented the way queries will be. */
    public TaxonomyDocument document(String kind, String code, String name) {
        return new TaxonomyDocument(kind, code, name, segmenter.segment(name));
    }

    /**
     * Builds a fresh physical index holding exactly {@code documents} and swaps the alias to it,
     * so searches keep working during the rebuild and stale terms disappear.
     */
    public void rebuild(List<TaxonomyDocument> documents) {
        String index = admin.createVersion(DEFINITION);
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        for (TaxonomyDocument document : documents) {
            bulk.operations(op -> op.index(i -> i.id(document.id()).document(document)));
        }
        try {
            if (!documents.isEmpty()) {
                BulkResponse response = client.bulk(bulk.refresh(Refresh.True).build());
                if (response.errors()) {
                    throw new SearchIndexException("taxonomy bulk indexing reported errors: "
                            + response.items().stream().filter(item -> item.error() != null)
                            .map(item -> item.id() + ": " + item.error().reason()).toList());
                }
            }
        } catch (IOException | OpenSearchException e) {
            throw new SearchIndexException("taxonomy bulk indexing failed: " + e.getMessage(), e);
        }
        admin.swapAlias(DEFINITION, index);
    }

    /** The alias readers use, e.g. {@code taxonomy} (with the layout's prefix). */
    public String alias() {
        return alias;
    }

    /** Whether the alias exists, i.e. a build has completed. */
    public boolean exists() {
        return admin.currentIndex(DEFINITION).isPresent();
    }

    /** Terms whose names share a word with {@code query} (or whose code it is), best first. */
    public List<TaxonomyDocument> search(String query, int size) {
        String segmented = segmenter.segment(query);
        if (segmented.isEmpty()) {
            return List.of();
        }
        try {
            SearchResponse<TaxonomyDocument> response = client.search(s -> s
                    .index(alias)
                    .size(size)
                    .query(q -> q.bool(b -> b
                            .should(sh -> sh.match(m -> m.field("nameSegmented")
                                    .query(FieldValue.of(segmented)).operator(Operator.Or)))
                            .should(sh -> sh.term(t -> t.field("code")
                                    .value(FieldValue.of(query.trim().toUpperCase(java.util.Locale.ROOT)))))
                            .minimumShouldMatch("1"))),
                    TaxonomyDocument.class);
            return response.hits().hits().stream().map(Hit::source).toList();
        } catch (IOException | OpenSearchException e) {
            throw new SearchIndexException("taxonomy search failed: " + e.getMessage(), e);
        }
    }
}
