package cn.scenehub.matching.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Exact batch assignment: picks candidate pairs, at most k per scenario and c per provider, with
 * the largest total score. Scores are positive, so an extra pair never lowers the total; the
 * objective is the total score alone, and the number of pairs is whatever the best total needs
 * (a plan with fewer pairs but a higher total wins).
 *
 * <h2>Model</h2>
 * Min-cost flow with supplies: each scenario supplies k units; a unit goes either to a provider
 * (arc capacity 1, cost −score) and on to the sink (capacity c, cost 0), or straight to the sink
 * as an empty slot (cost 0). All supply must arrive, so the cheapest flow is the best plan.
 *
 * <h2>Algorithm</h2>
 * Successive shortest paths with Johnson potentials, routing one scenario's units after the
 * other (the Hungarian method's order): for each unit, Dijkstra on reduced costs from that
 * scenario, stopping as soon as the sink is settled; only the settled nodes get new potentials
 * ({@code π(v) += d(v) − d(sink)}), so a round costs what it explores, usually a small
 * neighbourhood, not the whole graph. Any order of sources is exact, since every augmentation
 * is along a shortest path of the current residual network. The network is a DAG at the start,
 * so the first potentials are exact shortest distances computed in topological order (scenarios,
 * providers, sink), which makes every reduced cost non-negative despite the negative costs.
 * <p>Why not blocking flows on the zero-reduced-cost subgraph, or one global source: scores are
 * real numbers, so shortest paths almost never tie and a blocking flow would carry one path per
 * phase; and a Dijkstra from a source joined to every scenario settles most of the graph on each
 * of the n·k rounds (measured 50× slower). Worst case O(n·k · E log V); figures for
 * 1000 scenarios × 10,000 providers in docs/benchmarks.md (Matching, batch assignment solver) (about 0.1–0.3 s).
 *
 * <h2>Precision</h2>
 * Each score is turned into an integer number of micro-points: {@code max(1, round(score × 10⁶))},
 * so every pair is off by less than 10⁻⁶ and the result is optimal in those units. The reported
 * total (summed from the original doubles) is therefore within {@code 2 × 10⁻⁶ × P} of the true
 * optimum, P being the largest possible number of pairs ({@code min(n·k, providers·c)}). Scores
 * whose micro-point sum passes 2⁵⁶ are rejected, which keeps every distance and potential far
 * from overflow.
 *
 * <h2>Exposure guarantee</h2>
 * With m &gt; 0, the first m units of each owed provider's sink arc (owed: in
 * {@code exposureProviders} and having a candidate) cost −B instead of 0, B being one more than
 * the sum of all scores in micro-points, hence more than any total score a plan can reach. The
 * result is therefore lexicographically best: first it maximises the exposure units
 * Σ min(load, m) over owed providers, then the total score among plans with that many. So when
 * some plan gives every owed provider m pairs, the result does ({@code exposureMetForAll}); when
 * none does, as many of the missing pairs as possible are filled, and the plan is still the best
 * for the score among those that fill that many.
 *
 * <p>Stateless: one instance may solve on several threads at once. A solve checks its thread's
 * interrupt flag between scenarios and then gives up with a {@link CancellationException}, so a
 * cancelled background job stops within milliseconds.
 */
public final class AssignmentSolver {

    static final double SCALE = 1e6;
    private static final long MAX_SCALED_SUM = 1L << 56;

    public AssignmentResult solve(AssignmentProblem problem, ProgressListener progress) {
        Objects.requireNonNull(problem, "problem");
        long started = System.nanoTime();
        boolean anyPairFits = problem.perScenario() > 0 && problem.perProvider() > 0;
        Network net = new Network(problem, anyPairFits ? problem.distinctCandidates() : new Candidate[0]);
        new ShortestAugmentingPaths(net, progress).run();
        return net.result(started);
    }

    /** The flow network of one problem, and reading the plan back from its flow. */
    private static final class Network {
        final AssignmentProblem problem;
        final Candidate[] candidates;
        final FlowNetwork graph;
        final int sink;
        final long[] potential;
        final int[] candidateArc;

        Network(AssignmentProblem problem, Candidate[] candidates) {
            this.problem = problem;
            this.candidates = candidates;
            int n = problem.scenarioCount();
            int c = problem.perProvider();
            int m = problem.exposureMinimum();
            int[] providerCandidates = new int[problem.providerCount()];
            long[] scaled = new long[candidates.length];
            long scaledSum = 0;
            for (int i = 0; i < candidates.length; i++) {
                providerCandidates[candidates[i].provider()]++;
                scaled[i] = Math.max(1, Math.round(candidates[i].score() * SCALE));
                scaledSum += scaled[i];
                if (scaled[i] > MAX_SCALED_SUM || scaledSum > MAX_SCALED_SUM) {
                    throw new IllegalArgumentException("candidates: scores too large to solve exactly"
                            + " (their sum must stay below 2^56 / 10^6); normalise them");
                }
            }
            long bonus = scaledSum + 1; // more than any plan's total score

            // Nodes: scenarios 0..n-1, the providers that have candidates, the sink.
            int[] providerNode = new int[problem.providerCount()];
            int nodes = n;
            int sinkArcs = 0;
            for (int p = 0; p < providerNode.length; p++) {
                providerNode[p] = providerCandidates[p] > 0 ? nodes++ : -1;
                if (providerNode[p] >= 0) {
                    sinkArcs += problem.owesExposure(p, providerCandidates[p]) && c > m ? 2 : 1;
                }
            }
            sink = nodes++;
            graph = new FlowNetwork(nodes, n + candidates.length + sinkArcs);

            // Each scenario supplies k units; a unit that finds no provider is an empty slot and
            // flows straight to the sink at cost 0. Initial potentials: shortest distances from a
            // virtual source feeding all scenarios, in topological order (scenarios, providers,
            // sink), so that every reduced cost starts non-negative.
            potential = new long[nodes];
            for (int i = 0; i < n; i++) {
                graph.addArc(i, sink, problem.perScenario(), 0);
            }
            int[] arcs = new int[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                int v = providerNode[candidates[i].provider()];
                arcs[i] = graph.addArc(candidates[i].scenario(), v, 1, -scaled[i]);
                potential[v] = Math.min(potential[v], -scaled[i]);
            }
            long sinkPotential = 0;
            for (int p = 0; p < providerNode.length; p++) {
                int v = providerNode[p];
                if (v < 0) {
                    continue;
                }
                if (problem.owesExposure(p, providerCandidates[p])) {
                    graph.addArc(v, sink, m, -bonus);
                    sinkPotential = Math.min(sinkPotential, potential[v] - bonus);
                    if (c > m) {
                        graph.addArc(v, sink, c - m, 0);
                    }
                } else {
                    graph.addArc(v, sink, c, 0);
                }
                sinkPotential = Math.min(sinkPotential, potential[v]);
            }
            potential[sink] = sinkPotential;
            int[] moved = graph.freeze();
            candidateArc = new int[arcs.length];
            for (int i = 0; i < arcs.length; i++) {
                candidateArc[i] = moved[arcs[i]];
            }
        }

        AssignmentResult result(long startedNanos) {
            List<Assignment> chosen = new ArrayList<>();
            int[] load = new int[problem.providerCount()];
            double total = 0;
            for (int i = 0; i < candidates.length; i++) {
                if (graph.residual[candidateArc[i]] == 0) {
                    Candidate c = candidates[i];
                    chosen.add(new Assignment(c.scenario(), c.provider(), c.score()));
                    load[c.provider()]++;
                    total += c.score();
                }
            }
            chosen.sort(Comparator.comparingInt(Assignment::scenario)
                    .thenComparing(Assignment::score, Comparator.reverseOrder())
                    .thenComparingInt(Assignment::provider));
            return Plans.result(problem, chosen, total, load, startedNanos);
        }
    }

    /**
     * Routes each scenario's k units, one scenario after the other, each along a shortest path
     * (Dijkstra on reduced costs) from that scenario to the sink.
     */
    private static final class ShortestAugmentingPaths {
        private final FlowNetwork g;
        private final int scenarios;
        private final int perScenario;
        private final int sink;
        private final long[] potential;
        private final long[] distance;
        private final int[] parentArc;
        private final int[] seenInRound;
        private final int[] settled;
        private final NodeHeap heap;
        private final Progress progress;
        private int round;

        ShortestAugmentingPaths(Network net, ProgressListener listener) {
            g = net.graph;
            scenarios = net.problem.scenarioCount();
            perScenario = net.problem.perScenario();
            sink = net.sink;
            potential = net.potential;
            distance = new long[g.nodeCount];
            parentArc = new int[g.nodeCount];
            seenInRound = new int[g.nodeCount];
            settled = new int[g.nodeCount];
            heap = new NodeHeap(g.nodeCount);
            progress = new Progress(listener, scenarios * (long) perScenario);
        }

        void run() {
            long routed = 0;
            for (int source = 0; source < scenarios; source++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("assignment solve interrupted");
                }
                int excess = perScenario;
                while (excess > 0) {
                    // Always reaches the sink: the empty-slot arc has room for the excess.
                    int settledCount = shortestPaths(source);
                    long sinkDistance = distance[sink];
                    for (int i = 0; i < settledCount; i++) {
                        int v = settled[i];
                        potential[v] += distance[v] - sinkDistance;
                    }
                    int amount = excess;
                    for (int v = sink; v != source; v = g.head[g.reverse[parentArc[v]]]) {
                        amount = Math.min(amount, g.residual[parentArc[v]]);
                    }
                    for (int v = sink; v != source; v = g.head[g.reverse[parentArc[v]]]) {
                        g.push(parentArc[v], amount);
                    }
                    excess -= amount;
                    routed += amount;
                    progress.at(routed);
                }
            }
            progress.done();
        }

        /** Dijkstra from {@code source} until the sink is settled; returns how many nodes were. */
        private int shortestPaths(int source) {
            round++;
            heap.clear();
            distance[source] = 0;
            seenInRound[source] = round;
            heap.offer(source, 0);
            int count = 0;
            while (!heap.isEmpty()) {
                int u = heap.poll();
                settled[count++] = u;
                if (u == sink) {
                    return count;
                }
                long du = distance[u];
                long pu = potential[u];
                for (int a = g.first[u], end = g.first[u + 1]; a < end; a++) {
                    if (g.residual[a] == 0) {
                        continue;
                    }
                    int v = g.head[a];
                    long dv = du + g.cost[a] + pu - potential[v];
                    if (seenInRound[v] != round || dv < distance[v]) {
                        seenInRound[v] = round;
                        distance[v] = dv;
                        parentArc[v] = a;
                        heap.offer(v, dv);
                    }
                }
            }
            throw new IllegalStateException("the sink is unreachable from scenario " + source);
        }
    }
}
