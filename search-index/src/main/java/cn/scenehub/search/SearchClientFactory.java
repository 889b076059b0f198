package cn.scenehub.search;

import java.net.URI;
import java.util.List;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Builds an OpenSearch client for one node or a cluster (requests spread over all URLs). */
public final class SearchClientFactory {

    /** Enough for every request thread of an application replica to talk to a node at once. */
    static final int MAX_CONNECTIONS_PER_NODE = 64;

    private SearchClientFactory() {
    }

    /**
     * @param urls     e.g. {@code http://127.0.0.1:9200}; several for a cluster
     * @param user     basic-auth user, or null/blank for none
     * @param password basic-auth password
     */
    public static OpenSearchClient create(List<String> urls, String user, String password) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one OpenSearch URL is needed");
        }
        HttpHost[] hosts = urls.stream().map(SearchClientFactory::host).toArray(HttpHost[]::new);
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        if (user != null && !user.isBlank()) {
            for (HttpHost host : hosts) {
                credentials.setCredentials(new AuthScope(host),
                        new UsernamePasswordCredentials(user, password == null ? new char[0] : password.toCharArray()));
            }
        }
        var transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(config -> config
                        .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                        .setResponseTimeout(Timeout.ofSeconds(30)))
                // The default pool (10 connections per node) would queue a busy replica's searches in
                // the client while OpenSearch has capacity left.
                .setHttpClientConfigCallback(client -> client.setDefaultCredentialsProvider(credentials)
                        .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                                .setTlsStrategy(ClientTlsStrategyBuilder.create().useSystemProperties().build())
                                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_NODE)
                                .setMaxConnTotal(MAX_CONNECTIONS_PER_NODE * hosts.length)
                                .setDefaultConnectionConfig(ConnectionConfig.custom()
                                        .setConnectTimeout(Timeout.ofSeconds(1))
                                        .setSocketTimeout(Timeout.ofSeconds(30)).build())
                                .build()))
                .build();
        return new OpenSearchClient(transport);
    }

    private static HttpHost host(String url) {
        URI uri = URI.create(url.trim());
        int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 9200);
        return new HttpHost(uri.getScheme(), uri.getHost(), port);
    }
}
