// Workspace routes (behind login). Each route names the roles that may open it in meta.roles;
// the guard in router/index.js redirects anonymous users to the login page (with the return
// path) and shows the 403 page to other roles. Pages built later are added here.
import { staffRoutes } from './staffRoutes'

const ENTERPRISE = ['ENTERPRISE']
const PROVIDER = ['PROVIDER']
const SIGNED_IN = ['ADMIN', 'COMMISSIONER', 'ENTERPRISE', 'PROVIDER']
const page = (path, name, title, roles, component) => ({ path, name, component, meta: { title, requiresAuth: true, roles } })

// Enterprise and provider workspaces, and the inbox of every role.
export const marketplaceRoutes = [
  page('/workspace/enterprise/scenarios', 'ws-my-scenarios', '我的需求场景', ENTERPRISE, () => import('./enterprise/MyScenariosPage.vue')),
  page('/workspace/enterprise/scenarios/new', 'ws-scenario-new', '发布需求场景', ENTERPRISE, () => import('./enterprise/ScenarioEditPage.vue')),
  page('/workspace/enterprise/scenarios/:id(\\d+)/edit', 'ws-scenario-edit', '编辑需求场景', ENTERPRISE, () => import('./enterprise/ScenarioEditPage.vue')),
  page('/workspace/enterprise/scenarios/:id(\\d+)', 'ws-enterprise-scenario', '场景对接', ENTERPRISE, () => import('./enterprise/ScenarioWorkspacePage.vue')),
  page('/workspace/enterprise/recommended', 'ws-recommended-providers', '推荐服务商', ENTERPRISE, () => import('./enterprise/RecommendedProvidersPage.vue')),
  page('/workspace/enterprise/service-requests', 'ws-my-service-requests', '企业吹哨', ENTERPRISE, () => import('./enterprise/ServiceRequestsPage.vue')),
  page('/workspace/provider/profile', 'ws-provider-profile', '机构资料与能力图谱', PROVIDER, () => import('./provider/ProfilePage.vue')),
  page('/workspace/provider/feed', 'ws-scenario-feed', '推荐场景', PROVIDER, () => import('./provider/ScenarioFeedPage.vue')),
  page('/workspace/provider/scenarios/:id(\\d+)', 'ws-provider-scenario', '场景响应', PROVIDER, () => import('./provider/ProviderScenarioPage.vue')),
  page('/workspace/provider/invitations', 'ws-invitations', '我的邀请', PROVIDER, () => import('./provider/InvitationsPage.vue')),
  page('/workspace/provider/subscriptions', 'ws-subscriptions', '订阅', PROVIDER, () => import('./provider/SubscriptionsPage.vue')),
  page('/workspace/notifications', 'ws-notifications', '消息中心', SIGNED_IN, () => import('../notifications/InboxPage.vue')),
]

export const workspaceRoutes = [
  {
    path: '/workspace',
    name: 'workspace',
    component: () => import('./WorkspaceHome.vue'),
    meta: { title: '工作台', requiresAuth: true, roles: ['ADMIN', 'COMMISSIONER', 'ENTERPRISE', 'PROVIDER'] },
  },
  ...staffRoutes,
  ...marketplaceRoutes,
]
