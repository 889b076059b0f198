import { createRouter, createWebHistory } from 'vue-router'

export const PRODUCT_NAME = '工赋场景汇 SceneHub'

export const routes = [
  {
    path: '/',
    name: 'home',
    component: () => import('@/features/home/HomePage.vue'),
    meta: { title: '首页' },
  },
  {
    path: '/taxonomy',
    name: 'taxonomy',
    component: () => import('@/features/taxonomy/TaxonomyPage.vue'),
    meta: { title: '场景分类' },
  },
  {
    // Any other path: the backend answers deep links with index.html, the app shows 404 here.
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/not-found/NotFoundPage.vue'),
    meta: { title: '页面不存在' },
  },
]

export function createAppRouter(history = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })
  router.afterEach((to) => {
    if (typeof document !== 'undefined') {
      document.title = to.meta?.title ? `${to.meta.title} - ${PRODUCT_NAME}` : PRODUCT_NAME
    }
  })
  return router
}
