package cn.scenehub.organization

import groovy.json.JsonSlurper
import spock.lang.Specification

class CreditCodeSpec extends Specification {

    def "every credit code in the shared development set is valid"() {
        given:
        def dir = new File('../../shared/data/matching-dev').exists() ? '../../shared/data/matching-dev' : '../shared/data/matching-dev'
        def scenarios = new JsonSlurper().parse(new File(dir, 'scenarios.json'))
        def providers = new JsonSlurper().parse(new File(dir, 'providers.json'))
        def codes = scenarios*.enterprise*.creditCode + providers*.creditCode

        expect:
        codes.size() == 90
        codes.every { CreditCode.isValid(it) }
    }

    def "a wrong check character, length or character is named"() {
        expect:
        CreditCode.problem(code).get().contains(fragment)

        where:
        code                  || fragment
        '91370285MAB63MRM0D'  || '校验位'
        '91370285MAB63MRM0'   || '18位'
        '91370285MAB63MRMOC'  || '第17位'
        ''                    || '不能为空'
    }

    def "lower case input is accepted and the check character is computed from the first 17"() {
        expect:
        CreditCode.isValid('91370285mab63mrm0c')
        CreditCode.checkCharacter('91370285MAB63MRM0') == 'C' as char
    }
}
