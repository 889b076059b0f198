package cn.scenehub.support

import cn.scenehub.organization.CreditCode

/**
 * Sets up the people of a test through the real API: approved organizations with their users,
 * commissioners of given districts. Every name is unique, so specs never collide.
 */
class Marketplace {

    final Api api

    Marketplace(Api api) {
        this.api = api
    }

    /** An approved organization of the kind in the district, with one user; answers [org, token]. */
    Map organizationWithUser(String kind, String region, String industry = 'C29') {
        String admin = api.admin()
        Map org = api.post('/api/v1/organizations', [kind: kind, name: "青岛${unique('org')}有限公司".toString(),
                creditCode: creditCode(region), regionCode: region, industryCode: industry, scale: '规上',
                contactName: '张经理', contactPhone: '13800000000', contactEmail: 'zhang@example.com'], null)
        api.post("/api/v1/organizations/${org.id}/review", [decision: 'APPROVE', version: org.version], admin)
        String username = unique(kind.toLowerCase())
        api.post("/api/v1/organizations/${org.id}/users", [username: username, password: 'user-password',
                displayName: '用户', role: kind == 'MANUFACTURER' ? 'ENTERPRISE' : 'PROVIDER'], admin)
        [org: org, token: api.login(username, 'user-password')]
    }

    /** A provider with a capability map (one case, 轮胎X光缺陷自动判定) admitted to the pool; [org, token]. */
    Map listedProvider(String region, String industry = 'I65') {
        Map provider = organizationWithUser('PROVIDER', region, industry)
        Map view = api.put("/api/v1/providers/${provider.org.id}/profile", [
                description   : '专注工业机器视觉质检，提供表面缺陷检测系统与AI训练平台。',
                platformType  : '专业型',
                capabilities  : [[category: '质量管控', modes: ['智能化制造'], industries: ['C29'],
                                  techTags: ['机器视觉', '缺陷检测'], description: '轮胎与家电外观缺陷检测']],
                cases         : [[title: '轮胎X光缺陷自动判定', industryCode: 'C29', description: '检出率99.6%', year: 2024]],
                products      : [[name: '慧眼视觉质检平台', description: '支持小样本训练']],
                serviceRegions: ['3702']], provider.token)
        view = api.post("/api/v1/providers/${provider.org.id}/pool", [action: 'APPLY', version: view.version], provider.token)
        api.post("/api/v1/providers/${provider.org.id}/pool", [action: 'LIST', version: view.version], api.admin())
        provider
    }

    /** A scenario of the enterprise, submitted, approved and published by an admin. */
    Map publishedScenario(Map enterprise, Map overrides = [:]) {
        String admin = api.admin()
        Map s = api.post('/api/v1/scenarios', [year: 2026, title: '轮胎硫化车间设备联网与OEE分析',
                description: '硫化机约120台，设备状态靠人工记录，希望实现设备联网和OEE分析。', category: '质量管控',
                modes: ['智能化制造'], techTags: ['设备联网'], budget: [min: 500000, max: 1200000],
                deadline: '2030-12-31', confidentialNotes: '仅供受邀服务商：现有MES为自研系统'] + overrides, enterprise.token)
        for (action in ['SUBMIT', 'APPROVE', 'PUBLISH']) {
            s = api.post("/api/v1/scenarios/${s.id}/transitions", [action: action, version: s.version], admin)
        }
        s
    }

    String commissioner(List<String> districts) {
        api.commissioner(unique('commissioner'), districts)
    }

    static String unique(String prefix) {
        prefix + '-' + UUID.randomUUID().toString().take(8)
    }

    static String creditCode(String region) {
        def chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
        def random = new Random()
        def body = '91' + region + (1..9).collect { chars[random.nextInt(chars.size())] }.join('')
        body + CreditCode.checkCharacter(body)
    }
}
