// The 工作台 menu: what each role may do, as the issue lists it. An entry points at a named
// route; entries whose page is not built yet are still listed (disabled, "即将开放"), so each
// role sees its real scope from day one. To add a workspace page: add its route to
// routes.js (meta.roles) under the name used here — the menu links to it from then on.

export const WORKSPACE_MENU = [
  { name: 'workspace', label: '工作台首页', roles: ['ADMIN', 'COMMISSIONER', 'ENTERPRISE', 'PROVIDER'] },

  { name: 'ws-my-scenarios', label: '我的需求场景', roles: ['ENTERPRISE'], text: '草稿、提交审核、退回原因与对接进度' },
  { name: 'ws-scenario-new', label: '发布需求场景', roles: ['ENTERPRISE'], text: '按分类填写需求，保存草稿或提交审核' },
  { name: 'ws-recommended-providers', label: '推荐服务商', roles: ['ENTERPRISE'], text: '系统推荐的服务商及推荐理由，反馈是否合适' },
  { name: 'ws-my-service-requests', label: '企业吹哨', roles: ['ENTERPRISE'], text: '遇到难题请数字专员上门服务，跟踪受理与走访' },

  { name: 'ws-provider-profile', label: '机构资料与能力图谱', roles: ['PROVIDER'], text: '维护服务类别、模式、行业、技术、案例与产品' },
  { name: 'ws-scenario-feed', label: '推荐场景', roles: ['PROVIDER'], text: '与本机构能力匹配的需求场景及匹配理由' },
  { name: 'ws-invitations', label: '我的邀请', roles: ['PROVIDER'], text: '企业与数字专员的响应邀请，接受或谢绝' },
  { name: 'ws-subscriptions', label: '订阅', roles: ['PROVIDER'], text: '有匹配的新场景发布时通知我' },
  { name: 'ws-notifications', label: '消息中心', roles: ['ENTERPRISE', 'PROVIDER', 'COMMISSIONER', 'ADMIN'], text: '邀请、方案、审核结果、吹哨分派与超期提醒等站内消息' },

  { name: 'ws-review-organizations', label: '机构审核', roles: ['COMMISSIONER', 'ADMIN'], text: '审核所辖区县的企业与服务商注册' },
  { name: 'ws-review-scenarios', label: '场景审核', roles: ['COMMISSIONER', 'ADMIN'], text: '审核通过或退回所辖区县的需求场景' },
  { name: 'ws-matching-plans', label: '批量匹配方案', roles: ['COMMISSIONER', 'ADMIN'], text: '为年度清单运行匹配、查看进度、审定并发布' },
  { name: 'ws-board', label: '对接看板', roles: ['COMMISSIONER', 'ADMIN'], text: '推荐→邀请→响应→洽谈→签约→实施→验收，超期提醒与跟进记录' },
  { name: 'ws-service-requests', label: '企业吹哨', roles: ['COMMISSIONER', 'ADMIN'], text: '确认企业诉求、登记上门走访、年度走访目标' },
  { name: 'ws-events', label: '对接活动', roles: ['COMMISSIONER', 'ADMIN'], text: '场景反向路演与供需对接会：报名、入选、对接成果' },

  { name: 'ws-imports', label: '数据导入', roles: ['ADMIN'], text: '上传 Excel 或 JSON，查看进度与逐行错误' },
  { name: 'ws-annual-lists', label: '年度清单管理', roles: ['ADMIN'], text: '编排并公布年度场景清单' },
  { name: 'ws-organizations', label: '机构与用户', roles: ['ADMIN'], text: '管理机构、账号与角色' },
  { name: 'ws-taxonomy', label: '分类与词库', roles: ['ADMIN'], text: '维护分类体系、行业词典与同义词' },
  { name: 'ws-reindex', label: '重建索引', roles: ['ADMIN'], text: '从数据库重建检索索引' },
  { name: 'ws-match-weights', label: '匹配权重', roles: ['ADMIN'], text: '调整匹配打分的各项权重' },
]

/**
 * The menu of a role: [{ name, label, text, available }]; `available` says whether the page
 * exists (hasRoute), so the header can link it or show it as coming soon.
 */
export function menuFor(role, hasRoute = () => false) {
  if (!role) return []
  return WORKSPACE_MENU.filter((item) => item.roles.includes(role)).map((item) => ({
    ...item,
    available: hasRoute(item.name),
  }))
}

/** Whether a role may open a route (routes without meta.roles are open to every signed-in user). */
export function mayOpen(role, route) {
  const roles = route?.meta?.roles
  return !roles || (!!role && roles.includes(role))
}
