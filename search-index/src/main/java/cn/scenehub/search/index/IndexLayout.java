package cn.scenehub.search.index;

/**
 * Shards, replicas and an optional name prefix: one node wants 1/0, a cluster e.g. 3/1. The
 * prefix lets several installations (or test runs) share one cluster.
 */
public record IndexLayout(int shards, int replicas, String prefix) {

    public IndexLayout {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1");
        }
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must not be negative");
        }
        prefix = prefix == null ? "" : prefix;
    }

    public static IndexLayout singleNode() {
        return new IndexLayout(1, 0, "");
    }

    public String aliasOf(IndexDefinition definition) {
        return prefix + definition.alias();
    }
}
