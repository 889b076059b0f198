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
