package cn.scenehub.matching.plan

import groovy.transform.CompileStatic

/**
 * Slow but obviously correct solvers to check {@link AssignmentSolver} against. Both answer the
 * lexicographic objective as [exposure units, total score]; exposure units are
 * Σ min(load, m) over the providers owed exposure.
 */
@CompileStatic
class References {

    /** Each pair once, at its best score (what the problem promises to do with duplicates). */
    static List<Candidate> distinct(AssignmentProblem p) {
        Map<List<Integer>, Candidate> best = [:]
        for (Candidate c : p.candidates()) {
            List<Integer> key = [c.scenario(), c.provider()]
            if (!best.containsKey(key) || best[key].score() < c.score()) {
                best[key] = c
            }
        }
        new ArrayList<Candidate>(best.values())
    }

    static Set<Integer> owed(AssignmentProblem p) {
        p.exposureMinimum() == 0 ? [] as Set<Integer> : p.exposureProviders().findAll { int q -> p.candidates().any { it.provider() == q } } as Set<Integer>
    }

    static long exposureUnits(AssignmentProblem p, Collection<Integer> providersOfPairs) {
        Set<Integer> owed = owed(p)
        Map<Integer, Integer> load = [:].withDefault { 0 } as Map<Integer, Integer>
        providersOfPairs.each { load[it] = load[it] + 1 }
        long units = 0
        owed.each { units += Math.min(load[it], p.exposureMinimum()) }
        units
    }

    /** Tries every subset of the (at most ~16) distinct pairs. */
    static List<Number> bruteForce(AssignmentProblem p) {
        List<Candidate> pairs = distinct(p)
        assert pairs.size() <= 16
        long bestUnits = -1
        double bestScore = 0
        for (int mask = 0; mask < (1 << pairs.size()); mask++) {
            int[] perScenario = new int[p.scenarioCount()]
            int[] perProvider = new int[p.providerCount()]
            double score = 0
            boolean fits = true
            List<Integer> providers = []
            for (int i = 0; i < pairs.size() && fits; i++) {
                if ((mask & (1 << i)) != 0) {
                    Candidate c = pairs[i]
                    fits = ++perScenario[c.scenario()] <= p.perScenario() && ++perProvider[c.provider()] <= p.perProvider()
                    score += c.score()
                    providers << c.provider()
                }
            }
            if (fits) {
                long units = exposureUnits(p, providers)
                if (units > bestUnits || (units == bestUnits && score > bestScore)) {
                    bestUnits = units
                    bestScore = score
                }
            }
        }
        [bestUnits, bestScore] as List<Number>
    }

    /**
     * Cycle cancelling: start from the empty plan and cancel negative cycles (Bellman-Ford) in the
     * residual network, which has an arc sink → source so that the amount of flow is free. A flow
     * is optimal exactly when no negative cycle is left. Scores must be whole thousandths.
     */
    static List<Number> cycleCancelling(AssignmentProblem p) {
        List<Candidate> pairs = distinct(p)
        int n = p.scenarioCount()
        int source = 0, sink = n + p.providerCount() + 1
        List<int[]> arcs = []          // [from, to, capacity], twin of arc a is a ^ 1
        List<Long> costs = []
        def add = { int u, int v, int cap, long cost ->
            arcs << ([u, v, cap] as int[]); costs << cost
            arcs << ([v, u, 0] as int[]); costs << -cost
        }
        long bonus = 1
        pairs.each { bonus += Math.round(it.score() * 1000) }
        (0..<n).each { add(source, 1 + it, p.perScenario(), 0L) }
        List<Integer> pairArcs = []
        pairs.each { pairArcs << arcs.size(); add(1 + it.scenario(), 1 + n + it.provider(), 1, -Math.round(it.score() * 1000)) }
        Set<Integer> owed = owed(p)
        (0..<p.providerCount()).each { int q ->
            if (owed.contains(q)) {
                add(1 + n + q, sink, p.exposureMinimum(), -bonus)
                add(1 + n + q, sink, p.perProvider() - p.exposureMinimum(), 0L)
            } else {
                add(1 + n + q, sink, p.perProvider(), 0L)
            }
        }
        add(sink, source, Integer.MAX_VALUE, 0L)
        int nodes = sink + 1
        while (true) {
            List<Integer> cycle = negativeCycle(nodes, arcs, costs)
            if (cycle == null) {
                break
            }
            int amount = cycle.collect { arcs[it][2] }.min()
            cycle.each { arcs[it][2] -= amount; arcs[it ^ 1][2] += amount }
        }
        List<Candidate> chosen = pairArcs.findIndexValues { arcs[it as int][2] == 0 }.collect { pairs[it as int] }
        [exposureUnits(p, chosen*.provider()), chosen.sum(0d) { it.score() } as double] as List<Number>
    }

    private static List<Integer> negativeCycle(int nodes, List<int[]> arcs, List<Long> costs) {
        long[] dist = new long[nodes]
        int[] pred = new int[nodes]
        Arrays.fill(pred, -1)
        int changed = -1
        for (int round = 0; round < nodes; round++) {
            changed = -1
            for (int a = 0; a < arcs.size(); a++) {
                int[] arc = arcs[a]
                if (arc[2] > 0 && dist[arc[0]] + costs[a] < dist[arc[1]]) {
                    dist[arc[1]] = dist[arc[0]] + costs[a]
                    pred[arc[1]] = a
                    changed = arc[1]
                }
            }
            if (changed < 0) {
                return null
            }
        }
        int v = changed
        for (int i = 0; i < nodes; i++) {
            v = arcs[pred[v]][0]
        }
        List<Integer> cycle = []
        int u = v
        while (true) {
            cycle << pred[u]
            u = arcs[pred[u]][0]
            if (u == v) {
                break
            }
        }
        cycle
    }
}
