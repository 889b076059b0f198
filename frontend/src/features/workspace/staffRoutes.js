// Routes of the commissioner's and the admin's workspace pages (names as in menu.js).
const STAFF = ['COMMISSIONER', 'ADMIN']
const ADMIN = ['ADMIN']

function page(path, name, title, roles, component) {
  return { path, name, component, meta: { title, requiresAuth: true, roles } }
}

export const staffRoutes = [
  page('/workspace/review/organizations', 'ws-review-organizations', '机构审核', STAFF, () => import('./commissioner/OrgReviewPage.vue')),
  page('/workspace/review/scenarios', 'ws-review-scenarios', '场景审核', STAFF, () => import('./commissioner/ScenarioReviewPage.vue')),
  page('/workspace/match-plans', 'ws-matching-plans', '批量匹配方案', STAFF, () => import('./commissioner/MatchPlansPage.vue')),
  page('/workspace/board', 'ws-board', '对接看板', STAFF, () => import('./commissioner/BoardPage.vue')),
  page('/workspace/service-requests', 'ws-service-requests', '企业吹哨', STAFF, () => import('./commissioner/ServiceRequestsPage.vue')),
  page('/workspace/events', 'ws-events', '对接活动', STAFF, () => import('./commissioner/EventsPage.vue')),
  page('/workspace/admin/imports', 'ws-imports', '数据导入', ADMIN, () => import('./admin/ImportPage.vue')),
  page('/workspace/admin/annual-lists', 'ws-annual-lists', '年度清单管理', ADMIN, () => import('./admin/AnnualListsAdminPage.vue')),
  page('/workspace/admin/organizations', 'ws-organizations', '机构与用户', ADMIN, () => import('./admin/OrganizationsPage.vue')),
  page('/workspace/admin/vocabulary', 'ws-taxonomy', '分类与词库', ADMIN, () => import('./admin/VocabularyPage.vue')),
  page('/workspace/admin/reindex', 'ws-reindex', '重建索引', ADMIN, () => import('./admin/VocabularyPage.vue')),
  page('/workspace/admin/matching-weights', 'ws-match-weights', '匹配权重', ADMIN, () => import('./admin/WeightsPage.vue')),
]
