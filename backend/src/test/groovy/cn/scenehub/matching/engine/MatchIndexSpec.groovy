package cn.scenehub.matching.engine

import cn.scenehub.matching.eval.RankingMetrics
import cn.scenehub.provider.Capability
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

    def "no look-alike judged not a fit ranks first for any scenario of the development set"() {
        given:
        def qrels = DevSetFixture.qrels()

        expect:
        scenarios.every { s ->
            def first = index.rank(s, 1)[0].provider().externalId()
            qrels[s.externalId()][first] != 0
        }
    }

    def "a provider sharing words but not the capability ranks below the one that has it"() {
        given: 'a 视觉营销 agency full of 视觉 words, a machine-vision inspector, and a generalist listing everything'
        def agency = provider(1, '青岛视觉传媒有限公司', 'SERVICE', ['视觉设计', '短视频', '视觉营销'], '视觉营销、视觉设计与短视频制作，产品视觉呈现。')
        def inspector = provider(2, '青岛慧眼检测有限公司', 'QUAL', ['机器视觉', '缺陷检测'], '机器视觉表面缺陷检测设备与软件。')
        def generalist = new MatchableProvider(3, 'G', '青岛全能平台有限公司', '370211', '跨行业工业互联网平台，覆盖研发、生产、质量、设备、能源、安全。',
                '综合型', 3, ['RD', 'PROD', 'QUAL', 'EQUIP', 'ENERGY', 'SAFE'].collect { cap(it, ['工业互联网平台', '质量管理', '机器视觉']) },
                [], [], [], 0d, 0)
        def need = scenario('注塑件表面缺陷视觉检测', '注塑件外观划伤、缺料靠人工目检，希望上机器视觉自动检测。', 'QUAL', ['机器视觉', '缺陷检测'])
        def small = new MatchIndex([agency, inspector, generalist], text, MatchWeights.DEFAULTS, DevSetFixture.PLACES)

        when:
        def ranked = small.rank(need, 3)

        then:
        ranked*.provider()*.id() == [2L, 3L, 1L]
        ranked[0].score() > 2 * ranked[2].score()
        ranked.find { it.provider().id() == 3L }.features().generalistDamped()
    }

    def "a provider whose service regions exclude the district ranks lower, and says so"() {
        given:
        def near = provider(1, '青岛甲检测有限公司', 'QUAL', ['机器视觉', '缺陷检测'], '机器视觉缺陷检测。', ['3702'])
        def far = provider(2, '青岛乙检测有限公司', 'QUAL', ['机器视觉', '缺陷检测'], '机器视觉缺陷检测。', ['3701'])
        def need = scenario('外观缺陷检测', '产品外观缺陷人工检测效率低。', 'QUAL', ['缺陷检测'])
        def small = new MatchIndex([far, near], text, MatchWeights.DEFAULTS, DevSetFixture.PLACES)

        when:
        def ranked = small.rank(need, 2)
        def reasons = new ReasonWriter(DevSetFixture.PLACES).reasons(small, need, ranked[1])

        then:
        ranked*.provider()*.id() == [1L, 2L]
        reasons.find { it.kind() == 'region' }.text() == '服务区域不含 370211'
    }

    def "a technique named differently is explained as a synonym, a related one as related"() {
        given:
        def aoi = provider(1, '青岛光检有限公司', 'QUAL', ['AOI', '光学检测'], '电路板AOI光学检测。')
        def gateway = provider(2, '青岛边缘有限公司', 'EQUIP', ['工业网关'], '多协议工业网关。')
        def need = scenario('电路板瑕疵检测与设备联网', '电路板外观瑕疵检测，同时把贴片机联网。', 'QUAL', ['视觉质检', '设备联网'])
        def small = new MatchIndex([aoi, gateway], text, MatchWeights.DEFAULTS, DevSetFixture.PLACES)
        def writer = new ReasonWriter(DevSetFixture.PLACES)

        when:
        def byId = small.rank(need, 2).collectEntries { [it.provider().id(), writer.reasons(small, need, it)] }

        then:
        byId[1L].find { it.kind() == 'technique' }.text().contains('视觉质检 ≈ AOI (同义)')
        byId[2L].find { it.kind() == 'technique' }.text().contains('工业网关 与 设备联网 相关')
    }

    private static Capability cap(String category, List<String> tags, String description = null) {
        new Capability(category, ['智能化制造'], ['C29', 'C39'], tags, description)
    }

    private static MatchableProvider provider(long id, String name, String category, List<String> tags, String description,
                                              List<String> regions = []) {
        new MatchableProvider(id, "P$id", name, '370211', description, '专业型', 2, [cap(category, tags, description)],
                [], [], regions, 0d, 0)
    }

    private static MatchableScenario scenario(String title, String description, String category, List<String> tags) {
        new MatchableScenario(100, 'S', title, description, category, ['智能化制造'], 'C29', null, tags, '370211')
    }
}
