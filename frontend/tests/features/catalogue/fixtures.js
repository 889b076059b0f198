export const TAXONOMY = {
  modes: [
    { code: 'DIGITAL_MANAGEMENT', name: '数字化管理' },
    { code: 'INTELLIGENT_MANUFACTURING', name: '智能化制造' },
  ],
  categories: [
    { code: 'RD', name: '研发设计' },
    { code: 'PROD', name: '生产制造' },
  ],
  sections: [],
  industries: [{ code: 'C29', name: '橡胶和塑料制品业' }],
  regions: [
    { code: '370200', name: '青岛市', parentCode: '370000' },
    { code: '370211', name: '黄岛区', parentCode: '370200' },
  ],
  chains: [{ code: 'smart-home-appliances', name: '智能家电' }],
  techTags: [],
}

export const RESULT = {
  total: 45,
  items: [
    {
      id: 914,
      title: '喷涂线数字孪生与虚拟调试',
      snippet: '拟建立喷涂线三维<em>数字孪生</em><img src=x>',
      enterprise: '青岛锐宏塑业有限公司',
      region: '370211',
      industryCode: 'C29',
      category: 'PROD',
      modes: ['智能化制造'],
      year: 2026,
      batch: '2026-2',
      status: 'PUBLISHED',
    },
  ],
  facets: {
    category: [{ key: 'PROD', name: '生产制造', count: 45 }],
    mode: [{ key: '智能化制造', name: '智能化制造', count: 40 }],
    industry: [{ key: 'C29', name: '橡胶和塑料制品业', count: 12 }],
    region: [{ key: '370211', name: '黄岛区', count: 30 }],
    year: [{ key: '2026', name: '2026年', count: 45 }],
  },
  nextCursor: null,
}
