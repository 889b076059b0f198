package cn.scenehub.matching.engine

import cn.scenehub.provider.Capability
import cn.scenehub.provider.Product
import cn.scenehub.provider.ProviderCase
import cn.scenehub.search.analysis.IndustrialSegmenter
import cn.scenehub.search.analysis.RelatedTerms
import cn.scenehub.search.analysis.Synonyms
import cn.scenehub.support.SharedData
import groovy.json.JsonSlurper

/** The shared development set read straight from its files, for the pure engine specs. */
class DevSetFixture {

    static final Places PLACES = new Places() {
        String categoryName(String code) { code }
        String industryName(String code) { code }
        String regionName(String code) { code }
        boolean covers(String service, String district) { district.startsWith(service.replaceAll(/0+$/, '')) }
    }

    static MatchText text(MatchWeights weights = MatchWeights.DEFAULTS) {
        Synonyms synonyms = Synonyms.get()
        new MatchText(IndustrialSegmenter.get(), synonyms, RelatedTerms.load(synonyms), weights.analysis())
    }

    static List<MatchableProvider> providers(List<Map> records) {
        records.withIndex().collect { Map p, int i ->
            new MatchableProvider(i + 1L, p.externalId, p.name, p.region, p.description, p.platformType, p.maturityLevel as Integer,
                    p.capabilities.collect { new Capability(it.category, it.modes, it.industries, it.techTags, it.description) },
                    (p.cases ?: []).collect { new ProviderCase(it.title, it.industryCode, it.description, it.year as Integer) },
                    (p.products ?: []).collect { new Product(it.name, it.description) },
                    p.serviceRegions ?: [], 0d, 0)
        }
    }

    static List<MatchableScenario> scenarios(List<Map> records) {
        records.withIndex().collect { Map s, int i ->
            new MatchableScenario(i + 1L, s.externalId, s.title, s.description, s.category, s.modes, s.industryCode,
                    s.industryChain, s.techTags ?: [], s.region)
        }
    }

    static List<Map> json(String file) {
        new JsonSlurper().parse(SharedData.matchingDev(file)) as List<Map>
    }

    static Map<String, Map<String, Integer>> qrels() {
        Map<String, Map<String, Integer>> grades = [:].withDefault { [:] }
        SharedData.matchingDev("qrels.tsv").readLines("UTF-8").each { line ->
            def f = line.split('\t')
            if (f.length == 3 && f[2].trim().isInteger()) {
                grades[f[0]][f[1]] = f[2].trim() as int
            }
        }
        grades
    }
}
