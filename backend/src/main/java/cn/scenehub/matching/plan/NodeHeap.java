package cn.scenehub.matching.plan;

/** A binary min-heap of node ids keyed by long distances, with decrease-key; no boxing. */
final class NodeHeap {

    private final int[] nodes;
    private final int[] position; // -1: not in the heap
    private final long[] key;
    private int size;

    NodeHeap(int nodeCount) {
        nodes = new int[nodeCount];
        position = new int[nodeCount];
        key = new long[nodeCount];
        java.util.Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts v or lowers its key. */
    void offer(int v, long k) {
        int i = position[v];
        if (i < 0) {
            i = size++;
            nodes[i] = v;
            position[v] = i;
        }
        key[v] = k;
        siftUp(i);
    }

    int poll() {
        int top = nodes[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            nodes[0] = nodes[size];
            position[nodes[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            position[nodes[i]] = -1;
        }
        size = 0;
    }

    private void siftUp(int i) {
        int v = nodes[i];
        long k = key[v];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = nodes[parent];
            if (key[p] <= k) {
                break;
            }
            nodes[i] = p;
            position[p] = i;
            i = parent;
        }
        nodes[i] = v;
        position[v] = i;
    }

    private void siftDown(int i) {
        int v = nodes[i];
        long k = key[v];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && key[nodes[child + 1]] < key[nodes[child]]) {
                child++;
            }
            int c = nodes[child];
            if (key[c] >= k) {
                break;
            }
            nodes[i] = c;
            position[c] = i;
            i = child;
        }
        nodes[i] = v;
        position[v] = i;
    }
}
