package cn.scenehub.matching.plan

import spock.lang.Specification

class AssignmentSolverSpec extends Specification {

    def solver = new AssignmentSolver()

    /** Scores are whole thousandths, so ties are common and the micro-point rounding is exact. */
    static AssignmentProblem random(long seed, int maxScenarios, int maxProviders, int maxCandidates) {
        def r = new Random(seed)
        int n = 1 + r.nextInt(maxScenarios), q = 1 + r.nextInt(maxProviders)
        int k = r.nextInt(4), c = r.nextInt(4)
        def candidates = (0..<r.nextInt(maxCandidates + 1)).collect {
            new Candidate(r.nextInt(n), r.nextInt(q), (1 + r.nextInt(r.nextBoolean() ? 5 : 1000)) / 1000d)
        }
        def exposed = (0..<q).findAll { r.nextInt(3) == 0 } as Set<Integer>
        new AssignmentProblem(n, q, candidates, k, c, exposed, r.nextInt(c + 1))
    }

    static void assertFeasible(AssignmentProblem p, AssignmentResult result) {
        def best = References.distinct(p).collectEntries { [[it.scenario(), it.provider()], it.score()] }
        assert result.assignments().countBy { it.scenario() }.values().every { it <= p.perScenario() }
        assert result.assignments().countBy { it.provider() }.values().every { it <= p.perProvider() }
        assert result.assignments().every { best[[it.scenario(), it.provider()]] == it.score() }
        assert result.assignments().collect { [it.scenario(), it.provider()] }.toSet().size() == result.assignments().size()
        assert Math.abs(result.totalScore() - (result.assignments().sum(0d) { it.score() } as double)) < 1e-9
        assert result.unfilledSlots() == p.scenarioCount() * p.perScenario() - result.assignments().size()
        def load = result.assignments().countBy { it.provider() }
        assert result.exposureMetForAll() == References.owed(p).every { (load[it] ?: 0) >= p.exposureMinimum() }
    }

    def "on 400 tiny random instances the plan is as good as the best of all subsets, exposure first"() {
        expect:
        (1..400).every { seed ->
            def p = random(seed, 4, 4, 14)
            def result = solver.solve(p, null)
            assertFeasible(p, result)
            def (units, score) = References.bruteForce(p)
            assert References.exposureUnits(p, result.assignments()*.provider()) == units: "seed $seed"
            assert Math.abs(result.totalScore() - score) < 1e-9: "seed $seed"
            true
        }
    }

    def "on 150 larger random instances the plan matches negative-cycle cancelling"() {
        expect:
        (1..150).every { seed ->
            def p = random(1000 + seed, 12, 10, 60)
            def result = solver.solve(p, null)
            assertFeasible(p, result)
            def (units, score) = References.cycleCancelling(p)
            assert References.exposureUnits(p, result.assignments()*.provider()) == units: "seed $seed"
            assert Math.abs(result.totalScore() - score) < 1e-9: "seed $seed"
            true
        }
    }

    def "arbitrary real scores lose at most the stated rounding bound"() {
        expect:
        (1..100).every { seed ->
            def r = new Random(seed)
            def candidates = (0..<12).collect { new Candidate(r.nextInt(4), r.nextInt(4), r.nextDouble() * 1e-5 + r.nextInt(2)) }
                    .findAll { it.score() > 0 }
            def p = new AssignmentProblem(4, 4, candidates, 2, 2, [] as Set, 0)
            def result = solver.solve(p, null)
            def (units, score) = References.bruteForce(p)
            assert result.totalScore() >= score - 2e-6 * Math.min(4 * 2, 4 * 2): "seed $seed"
            true
        }
    }

    def "a better total beats more pairs, and a popular provider goes where it is worth most"() {
        given: 'k = c = 1; greedy would take A–X (10) and leave B alone'
        def p = new AssignmentProblem(2, 2, [new Candidate(0, 0, 10), new Candidate(0, 1, 9), new Candidate(1, 0, 9)], 1, 1, [] as Set, 0)

        when:
        def result = solver.solve(p, null)

        then:
        result.assignments() == [new Assignment(0, 1, 9), new Assignment(1, 0, 9)]
        result.totalScore() == 18
        new GreedyAssignment().solve(p).totalScore() == 10

        when: 'one pair worth 10 against two pairs worth 1 each'
        def fewer = solver.solve(new AssignmentProblem(2, 2, [new Candidate(0, 0, 10), new Candidate(0, 1, 1), new Candidate(1, 0, 1)], 1, 1, [] as Set, 0), null)

        then:
        fewer.assignments() == [new Assignment(0, 0, 10)]
        fewer.unfilledSlots() == 1
    }

    def "exposure gives a small provider its minimum even at a cost in score"() {
        given: 'provider 2 is small and scores low everywhere; k = 2, c = 3'
        def candidates = [new Candidate(0, 0, 0.9), new Candidate(0, 1, 0.8), new Candidate(0, 2, 0.2),
                          new Candidate(1, 0, 0.9), new Candidate(1, 1, 0.7), new Candidate(1, 2, 0.1)]

        when:
        def off = solver.solve(new AssignmentProblem(2, 3, candidates, 2, 3, [2] as Set, 0), null)
        def on = solver.solve(new AssignmentProblem(2, 3, candidates, 2, 3, [2] as Set, 2), null)

        then:
        !off.assignments().any { it.provider() == 2 }
        Math.abs(off.totalScore() - (0.9d + 0.8d + 0.9d + 0.7d)) < 1e-12
        on.exposureMetForAll()
        on.assignments().findAll { it.provider() == 2 }*.scenario() == [0, 1]
        Math.abs(on.totalScore() - (0.9d + 0.2d + 0.9d + 0.1d)) < 1e-12
    }

    def "when not every small provider can have its minimum, as many as possible get it and the rest is best for the score"() {
        given: 'one slot; small providers 0 and 1 cannot both have it; provider 2 is big and scores best; 3 is small without candidates'
        def candidates = [new Candidate(0, 0, 0.3), new Candidate(0, 1, 0.2), new Candidate(0, 2, 0.9)]
        def p = new AssignmentProblem(1, 4, candidates, 1, 1, [0, 1, 3] as Set, 1)

        when:
        def result = solver.solve(p, null)

        then: 'one small provider is served, the better-scoring one'
        result.assignments() == [new Assignment(0, 0, 0.3)]
        !result.exposureMetForAll()
    }

    def "empty problems give empty plans"() {
        expect:
        with(solver.solve(p, null)) {
            assignments().isEmpty()
            totalScore() == 0
            unfilledSlots() == unfilled
            exposureMetForAll() == met
        }

        where:
        p                                                                                         || unfilled | met
        new AssignmentProblem(0, 0, [], 5, 3, [] as Set, 0)                                       || 0        | true
        new AssignmentProblem(3, 2, [], 5, 3, [1] as Set, 1)                                      || 15       | true
        new AssignmentProblem(2, 2, [new Candidate(0, 1, 1)], 0, 3, [] as Set, 0)                 || 0        | true
        new AssignmentProblem(2, 2, [new Candidate(0, 1, 1)], 2, 0, [] as Set, 0)                 || 4        | true
    }

    def "a pair proposed twice counts once, at its best score"() {
        when:
        def result = solver.solve(new AssignmentProblem(1, 1, [new Candidate(0, 0, 0.4), new Candidate(0, 0, 0.7)], 3, 3, [] as Set, 0), null)

        then:
        result.assignments() == [new Assignment(0, 0, 0.7)]
    }

    def "bad input is rejected naming what is wrong"() {
        when:
        build()

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains(fragment)

        where:
        build                                                                                           || fragment
        ({ -> new Candidate(0, 0, 0) })                                                                 || 'score must be a finite number > 0'
        ({ -> new Candidate(0, 0, -1) })                                                                || 'score must be a finite number > 0'
        ({ -> new Candidate(0, 0, Double.NaN) })                                                        || 'score must be a finite number > 0'
        ({ -> new Candidate(0, 0, Double.POSITIVE_INFINITY) })                                          || 'score must be a finite number > 0'
        ({ -> new AssignmentProblem(1, 1, [new Candidate(1, 0, 1)], 1, 1, [] as Set, 0) })              || 'scenario out of range'
        ({ -> new AssignmentProblem(1, 1, [new Candidate(0, -1, 1)], 1, 1, [] as Set, 0) })             || 'provider out of range'
        ({ -> new AssignmentProblem(1, 1, [], -1, 1, [] as Set, 0) })                                   || 'perScenario must be ≥ 0'
        ({ -> new AssignmentProblem(1, 1, [], 1, -2, [] as Set, 0) })                                   || 'perProvider must be ≥ 0'
        ({ -> new AssignmentProblem(1, 1, [], 1, 1, [] as Set, 2) })                                    || 'exposureMinimum (2) must not exceed perProvider (1)'
        ({ -> new AssignmentProblem(1, 1, [], 1, 1, [3] as Set, 1) })                                   || 'exposureProviders: provider 3 out of range'
        ({ -> new AssignmentProblem(1, 1, null, 1, 1, [] as Set, 0) })                                  || 'candidates must not be null'
        ({ -> new AssignmentSolver().solve(new AssignmentProblem(1, 2, [new Candidate(0, 0, 1e11), new Candidate(0, 1, 1e11)], 1, 1, [] as Set, 0), null) }) || 'scores too large'
    }

    def "progress is reported a bounded number of times, never backwards, ending at 1"() {
        given:
        def p = SolverBenchmark.instance(new Random(5), 200, 2000, 30, 5, 3, 1)
        def seen = []

        when:
        solver.solve(p, { seen << it } as ProgressListener)

        then:
        seen.size() <= 102
        seen.size() > 10
        seen.first() == 0d
        seen.last() == 1d
        seen == seen.toSorted()
    }

    def "an interrupted solve stops with a cancellation and leaves the flag set for the job runner"() {
        given:
        def p = SolverBenchmark.instance(new Random(5), 50, 200, 10, 5, 3, 0)

        when:
        Thread.currentThread().interrupt()
        solver.solve(p, null)

        then:
        thrown(java.util.concurrent.CancellationException)
        Thread.interrupted() // clears the flag again for the next feature
    }
}
