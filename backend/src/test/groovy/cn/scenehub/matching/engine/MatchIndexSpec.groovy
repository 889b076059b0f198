package cn.scenehub.matching.engine

import cn.scenehub.matching.eval.RankingMetrics
import spock.lang.Shared
import spock.lang.Specification

/** The engine itself, without servers, on the shared development set and on hand-made look-alikes. */
class MatchIndexSpec extends Specification {

    @Shared MatchText text = DevSetFixture.text()
    @Shared List<MatchableProvider> providers = DevSetFixture.providers(DevSetFixture.json('providers.json'))
    @Shared List<MatchableScenario> scenarios = DevSetFixture.scenarios(DevSetFixture.json('scenarios.json'))
    @Shared MatchIndex index = new MatchIndex(providers, text, MatchWeights.DEFAULTS, DevSetFixture.PLACES)

    def "on the development set the ranking beats the plain-text and category baselines clearly"() {
        when:
        def rankings = scenarios.collectEntries { s -> [s.externalId(), index.rank(s, 10).collect { it.provider().externalId() }] }
        def metrics = RankingMetrics.of(rankings, DevSetFixture.qrels())
        println "engine on matching-dev: $metrics"

        then:
        metrics.scenarios() == 30
        metrics.ndcg10() >= 0.92
        metrics.precision3() >= 0.80
        metrics.recall10() >= 0.90
    }
}
