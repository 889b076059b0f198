package cn.scenehub.common.search;

import cn.scenehub.search.SearchClientFactory;
import cn.scenehub.search.catalogue.ProviderSearch;
import cn.scenehub.search.catalogue.ScenarioSearch;
import cn.scenehub.search.index.DocumentWriter;
import cn.scenehub.search.index.IndexAdmin;
import cn.scenehub.search.index.IndexLayout;
import cn.scenehub.search.suggest.SuggestIndex;
import cn.scenehub.search.taxonomy.TaxonomyIndex;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.opensearch.client.opensearch.OpenSearchClient;

/** The OpenSearch client and the search-index module's objects, as beans. */
@Factory
class OpenSearchFactory {

    @Singleton
    @Bean(preDestroy = "close")
    OpenSearchClientHolder openSearchClientHolder(OpenSearchConfiguration configuration) {
        return new OpenSearchClientHolder(SearchClientFactory.create(
                configuration.urls(), configuration.user(), configuration.password()));
    }

    @Singleton
    OpenSearchClient openSearchClient(OpenSearchClientHolder holder) {
        return holder.client();
    }

    @Singleton
    IndexLayout indexLayout(OpenSearchConfiguration configuration) {
        return new IndexLayout(configuration.shards(), configuration.replicas(), configuration.indexPrefix());
    }

    @Singleton
    IndexAdmin indexAdmin(OpenSearchClient client, IndexLayout layout) {
        return new IndexAdmin(client, layout);
    }

    @Singleton
    DocumentWriter documentWriter(OpenSearchClient client, IndexLayout layout) {
        return new DocumentWriter(client, layout);
    }

    @Singleton
    ScenarioSearch scenarioSearch(OpenSearchClient client, IndexLayout layout) {
        return new ScenarioSearch(client, layout);
    }

    @Singleton
    ProviderSearch providerSearch(OpenSearchClient client, IndexLayout layout) {
        return new ProviderSearch(client, layout);
    }

    @Singleton
    SuggestIndex suggestIndex(OpenSearchClient client, IndexLayout layout) {
        return new SuggestIndex(client, layout);
    }

    @Singleton
    TaxonomyIndex taxonomyIndex(OpenSearchClient client, IndexLayout layout) {
        return new TaxonomyIndex(client, layout);
    }

    /** Closes the transport (its connection pool and I/O threads) when the application stops. */
    record OpenSearchClientHolder(OpenSearchClient client) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            client._transport().close();
        }
    }
}
