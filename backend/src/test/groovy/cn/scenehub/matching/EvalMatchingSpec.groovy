package cn.scenehub.matching

import cn.scenehub.matching.eval.EvalMatching
import cn.scenehub.opensearchnode.SharedTestNode
import cn.scenehub.support.SharedData
import spock.lang.Specification

/**
 * The evaluation tool on the shared development set, through a scratch database on the test
 * server: a regression in matching quality fails the build. Floors from the issue: nDCG@10 ≥ 0.92
 * and P@3 ≥ 0.80 (plain BM25 reaches about 0.90 and 0.67 there, category and industry alone 0.47 P@3).
 */
class EvalMatchingSpec extends Specification {

    def "the engine ranks the development set above the floors, through the real import and database"() {
        given:
        String testDb = System.getenv('SCENEHUB_TEST_DB_URL') ?: 'jdbc:mysql://127.0.0.1:3306/scenehub_test'
        String server = testDb.substring(0, testDb.indexOf('/', testDb.indexOf('//') + 2) + 1)
        def output = new ByteArrayOutputStream()

        when:
        def outcome = EvalMatching.run([
                'eval-matching',
                '--scenarios', SharedData.matchingDev('scenarios.json').path,
                '--providers', SharedData.matchingDev('providers.json').path,
                '--qrels', SharedData.matchingDev('qrels.tsv').path,
                '--db-server', server,
                '--set', "scenehub.opensearch.urls=${SharedTestNode.url()}".toString(),
                '--set', "redis.uri=${System.getenv('SCENEHUB_TEST_REDIS_URI') ?: 'redis://127.0.0.1:6379/1'}".toString(),
        ] as String[], new PrintStream(output, true, 'UTF-8'))
        println output.toString('UTF-8')

        then: 'every record of the set is accepted'
        outcome.rejectedRecords() == 0
        outcome.metrics().scenarios() == 30

        and: 'the floors hold'
        outcome.metrics().ndcg10() >= 0.92
        outcome.metrics().precision3() >= 0.80
        outcome.metrics().recall10() >= 0.90

        and: 'the figures are printed for a person to read'
        output.toString('UTF-8').contains('nDCG@10')
    }

    def "missing files are named, not a stack trace"() {
        when:
        EvalMatching.run(['eval-matching', '--scenarios', '/nonexistent.json', '--providers', '/nonexistent.json',
                        '--qrels', '/nonexistent.tsv'] as String[], System.out)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('/nonexistent.json')
    }
}
