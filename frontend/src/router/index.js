import { createRouter, createWebHistory } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { mayOpen } from '@/features/workspace/menu'
import { workspaceRoutes } from '@/features/workspace/routes'

export const PRODUCT_NAME = '工赋场景汇 SceneHub'

export const routes = [
  { path: '/', name: 'home', component: () => import('@/features/home/HomePage.vue'), meta: { title: '首页' } },
  {
    path: '/scenarios',
    name: 'catalogue',
    component: () => import('@/features/catalogue/CataloguePage.vue'),
    meta: { title: '场景库' },
  },
  {
    path: '/scenarios/:id(\\d+)',
    name: 'scenario',
    component: () => import('@/features/scenario/ScenarioDetailPage.vue'),
    props: true,
    meta: { title: '场景详情' },
  },
  {
    path: '/providers',
    name: 'providers',
    component: () => import('@/features/provider/ProviderPoolPage.vue'),
    meta: { title: '服务商资源池' },
  },
  {
    path: '/providers/:id(\\d+)',
    name: 'provider',
    component: () => import('@/features/provider/ProviderDetailPage.vue'),
    props: true,
    meta: { title: '服务商详情' },
  },
  {
    path: '/graph',
    name: 'graph',
    component: () => import('@/features/graph/ScenarioGraphPage.vue'),
    meta: { title: '场景图谱' },
  },
  {
    path: '/annual-lists',
    name: 'annual-lists',
    component: () => import('@/features/annual-list/AnnualListsPage.vue'),
    meta: { title: '年度清单' },
  },
  {
    path: '/annual-lists/:slug',
    name: 'annual-list',
    component: () => import('@/features/annual-list/AnnualListPage.vue'),
    props: true,
    meta: { title: '年度清单' },
  },
  {
    path: '/taxonomy',
    name: 'taxonomy',
    component: () => import('@/features/taxonomy/TaxonomyPage.vue'),
    meta: { title: '场景分类' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/account/LoginPage.vue'),
    meta: { title: '登录' },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/features/account/ForbiddenPage.vue'),
    meta: { title: '无权访问' },
  },
  ...workspaceRoutes,
  {
    // Any other path: the backend answers deep links with index.html, the app shows 404 here.
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/not-found/NotFoundPage.vue'),
    meta: { title: '页面不存在' },
  },
]

/**
 * Pages with meta.requiresAuth need a signed-in user (else: login, then back here); pages with
 * meta.roles also need one of those roles (else: the 403 page). The server checks again on
 * every call; this only keeps users from landing on pages they cannot use.
 */
export function installGuards(router, pinia) {
  router.beforeEach((to) => {
    if (!to.matched.some((r) => r.meta?.requiresAuth)) return true
    const auth = useAuthStore(pinia)
    if (!auth.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } }
    if (!to.matched.every((r) => mayOpen(auth.role, r))) return { name: 'forbidden' }
    return true
  })
}

export function createAppRouter(history = createWebHistory(import.meta.env.BASE_URL), { pinia } = {}) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => {
      if (saved) return saved
      // Filtering within one list keeps the scroll position; a new page starts at the top.
      if (to.name === from.name && to.path === from.path) return false
      return { top: 0 }
    },
  })
  installGuards(router, pinia)
  router.afterEach((to) => {
    if (typeof document !== 'undefined') {
      document.title = to.meta?.title ? `${to.meta.title} - ${PRODUCT_NAME}` : PRODUCT_NAME
    }
  })
  return router
}
