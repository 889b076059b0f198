package cn.scenehub.search.analysis

import java.nio.charset.StandardCharsets

import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Subject

class IndustrialDictionarySpec extends Specification {

    @Subject
    @Shared
    IndustrialSegmenter segmenter = IndustrialSegmenter.get()

    static List<String> dictionaryTerms() {
        IndustrialSegmenter.getResourceAsStream(IndustrialSegmenter.DICTIONARY_RESOURCE)
                .getText(StandardCharsets.UTF_8.name())
                .readLines()*.strip()
                .findAll { it && !it.startsWith('#') }
    }

    def "the dictionary holds at least 800 distinct terms, none with white space inside"() {
        given:
        def terms = dictionaryTerms()
        def distinct = terms.collect { IndustrialSegmenter.normalizeTerm(it) } as Set

        expect:
        distinct.size() >= 800
        distinct.size() == terms.size()
    }

    // techTags and title phrases of the matching dev set
    def "a term of the dev set stays whole in context: #term"() {
        expect:
        segmenter.tokens("我们计划建设${term}项目").contains(IndustrialSegmenter.normalize(term))
        segmenter.tokens("企业希望通过${term}解决问题").contains(IndustrialSegmenter.normalize(term))

        where:
        term << ['5G专网', '5G室分', 'AOI', 'APS', 'BOM转换', 'C2M', 'CRM', 'DCMM', 'EAM', 'ELN', 'ESG', 'LCA',
                 'LIMS', 'MES', 'OEE', 'PDM', 'PLM', 'QMS', 'RFID', 'SPC', 'SRM', 'UWB定位', 'VMI', 'WCS', 'WMS',
                 'X光检测', 'X射线检测', '一物一码', '三坐标测量', '业财一体化', '主数据', '二级节点', '产品追溯',
                 '人员定位', '余热回收', '供应链协同', '冷凝水回收', '分项计量', '单耗分析', '双重预防', '受限空间',
                 '吊挂系统', '图文档管理', '堆垛机', '备件管理', '振动监测', '排产', '故障预警', '数字孪生', '数字样机',
                 '数据治理', '无人叉车', '有限产能排程', '标识解析', '激光SLAM', '点巡检', '热能梯级利用', '电池护照',
                 '碳足迹', '空压站群控', '立体库', '能耗采集', '设备联网', '设备健康管理', '边缘计算', '预测性维护',
                 '高级计划排程', '重大危险源', '隐患排查治理', '风险分级管控', '质量追溯', '全钢子午线轮胎',
                 '制造执行系统', '5G全连接工厂', '自动化立体库', '仓储管理系统', '碳排放核算', '业财一体化',
                 '空压站群控', '工业边缘采集', '蒸汽系统优化', '电子看板', '经营驾驶舱']
    }

    def "mixed Chinese, English and digits: #text"() {
        expect:
        segmenter.tokens(text) == tokens

        where:
        text                 || tokens
        '5G全连接工厂'         || ['5g全连接工厂']
        '整车工厂5G全连接工厂建设' || ['整车', '工厂', '5g全连接工厂', '建设']
        'AGV调度'             || ['agv', '调度']
        'PLC'                || ['plc']
        'MES系统'             || ['mes', '系统']
        'ｍｅｓ系统'            || ['mes', '系统']
        'Mes系统'             || ['mes', '系统']
        'X光检测'             || ['x光检测']
        'UWB定位'             || ['uwb定位']
        'AS/RS立体仓库'        || ['as/rs', '立体仓库']
        'OPC-UA协议'          || ['opc-ua', '协议']
        // with a space inside, OPC UA stays two tokens: a token may not contain white space
        'OPC UA协议'          || ['opc', 'ua', '协议']
    }

    def "a term with white space inside is refused, and nothing of its batch is added"() {
        when:
        segmenter.addTerms(['铸件气孔识别', 'OPC UA'])

        then:
        thrown(IllegalArgumentException)
        !segmenter.tokens('开展铸件气孔识别试点').contains('铸件气孔识别')
    }
}
