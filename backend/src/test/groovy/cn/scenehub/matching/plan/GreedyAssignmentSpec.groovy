package cn.scenehub.matching.plan

import spock.lang.Specification

class GreedyAssignmentSpec extends Specification {

    def greedy = new GreedyAssignment()

    def "greedy takes the best pairs first while scenario and provider have room"() {
        given: 'k = 2, c = 1'
        def p = new AssignmentProblem(2, 3, [new Candidate(0, 0, 0.9), new Candidate(0, 1, 0.8), new Candidate(0, 2, 0.7),
                                             new Candidate(1, 0, 0.95), new Candidate(1, 2, 0.1)], 2, 1, [] as Set, 0)

        when:
        def result = greedy.solve(p)

        then:
        result.assignments() == [new Assignment(0, 1, 0.8), new Assignment(0, 2, 0.7), new Assignment(1, 0, 0.95)]
        result.unfilledSlots() == 1
    }

    def "on skewed random instances the exact plan is never worse than greedy, and usually better"() {
        when:
        def totals = (1..20).collect { seed ->
            def p = SolverBenchmark.instance(new Random(seed), 100, 600, 20, 5, 1 + seed % 3, 0)
            def exact = new AssignmentSolver().solve(p, null)
            def quick = greedy.solve(p)
            AssignmentSolverSpec.assertFeasible(p, exact)
            AssignmentSolverSpec.assertFeasible(p, quick)
            [exact.totalScore(), quick.totalScore()]
        }

        then:
        totals.every { exact, quick -> exact >= quick - 1e-9 }
        totals.count { exact, quick -> exact > quick + 1e-6 } >= 15
    }

    def "on tiny random instances greedy keeps at least half the optimum"() {
        expect:
        (1..200).every { seed ->
            def r = AssignmentSolverSpec.random(seed, 4, 4, 14)
            def p = new AssignmentProblem(r.scenarioCount(), r.providerCount(), r.candidates(), r.perScenario(), r.perProvider(), [] as Set, 0)
            greedy.solve(p).totalScore() >= new AssignmentSolver().solve(p, null).totalScore() / 2 - 1e-9
        }
    }
}
