package cn.scenehub.matching.plan;

import java.util.Arrays;

/**
 * A residual network in flat arrays (no boxing, good locality): arcs are grouped by tail
 * (compressed sparse rows), each with its twin in {@code reverse}. Arcs are added in pairs, then
 * {@link #freeze()} sorts them by tail once.
 */
final class FlowNetwork {

    final int nodeCount;
    int[] first;     // arcs of node v are first[v] .. first[v+1]-1, after freeze()
    int[] head;
    int[] reverse;
    int[] residual;  // remaining capacity
    long[] cost;

    private int[] tail;
    private int arcCount;

    FlowNetwork(int nodeCount, int arcPairs) {
        this.nodeCount = nodeCount;
        tail = new int[2 * arcPairs];
        head = new int[2 * arcPairs];
        residual = new int[2 * arcPairs];
        cost = new long[2 * arcPairs];
    }

    /** Adds u→v and its empty reverse; returns the forward arc's id before {@link #freeze()}. */
    int addArc(int u, int v, int capacity, long arcCost) {
        int a = arcCount;
        tail[a] = u; head[a] = v; residual[a] = capacity; cost[a] = arcCost;
        tail[a + 1] = v; head[a + 1] = u; residual[a + 1] = 0; cost[a + 1] = -arcCost;
        arcCount += 2;
        return a;
    }

    /** Orders arcs by tail; returns where each arc added before went (old id → new id). */
    int[] freeze() {
        first = new int[nodeCount + 1];
        for (int a = 0; a < arcCount; a++) {
            first[tail[a] + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            first[v + 1] += first[v];
        }
        int[] next = Arrays.copyOf(first, nodeCount);
        int[] moved = new int[arcCount];
        for (int a = 0; a < arcCount; a++) {
            moved[a] = next[tail[a]]++;
        }
        int[] h = new int[arcCount];
        int[] r = new int[arcCount];
        int[] rev = new int[arcCount];
        long[] c = new long[arcCount];
        for (int a = 0; a < arcCount; a++) {
            int b = moved[a];
            h[b] = head[a]; r[b] = residual[a]; c[b] = cost[a];
            rev[b] = moved[a ^ 1];
        }
        head = h; residual = r; cost = c; reverse = rev;
        tail = null;
        return moved;
    }

    /** Sends {@code amount} along arc {@code a}. */
    void push(int a, int amount) {
        residual[a] -= amount;
        residual[reverse[a]] += amount;
    }
}
