import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { STORAGE_KEY, useAuthStore } from '@/stores/auth'

vi.mock('@/api/client', async (importOriginal) => ({
  ...(await importOriginal()),
  getTaxonomy: vi.fn(async () => ({ modes: [], categories: [], sections: [], industries: [], regions: [], chains: [], techTags: [] })),
  searchScenarios: vi.fn(async () => ({ total: 0, items: [], facets: {}, nextCursor: null })),
  searchProviders: vi.fn(async () => ({ total: 0, items: [], facets: {}, nextCursor: null })),
  getMe: vi.fn(async () => null),
}))

async function mountAt(path) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore(pinia).install()
  const router = createAppRouter(createMemoryHistory(), { pinia })
  router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [pinia, router, ElementPlus] } })
  await flushPromises()
  return { wrapper, router }
}

function signIn(role) {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ accessToken: 't', refreshToken: 'r', roles: [role], user: { id: 1, username: `demo-${role.toLowerCase()}`, role, districts: [] } }),
  )
}

describe('routing', () => {
  beforeAll(() => {
    // jsdom has no scrolling; the router's scrollBehavior would log "not implemented".
    vi.stubGlobal('scrollTo', () => {})
  })
  beforeEach(() => localStorage.clear())

  it('shows the in-app 404 page for an unknown deep link, inside the layout', async () => {
    const { wrapper, router } = await mountAt('/scenarios/does-not-exist?x=1')

    expect(router.currentRoute.value.name).toBe('not-found')
    expect(wrapper.find('.app-header').text()).toContain('工赋场景汇')
    expect(wrapper.text()).toContain('404 页面不存在')
    expect(wrapper.text()).toContain('/scenarios/does-not-exist?x=1')
    expect(document.title).toBe('页面不存在 - 工赋场景汇 SceneHub')
  })

  it('has the public sections in the navigation and a login link for visitors', async () => {
    const { wrapper } = await mountAt('/nowhere')

    const links = wrapper.findAll('.app-nav a')
    expect(links.map((a) => a.text())).toEqual(['首页', '场景库', '服务商资源池', '场景图谱', '年度清单'])
    expect(links.map((a) => a.attributes('href'))).toEqual(['/', '/scenarios', '/providers', '/graph', '/annual-lists'])
    expect(wrapper.find('.app-user__login').text()).toBe('登录')
  })

  it('sends a visitor of the workspace to the login page with the way back', async () => {
    const { router, wrapper } = await mountAt('/workspace?tab=2')

    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/workspace?tab=2')
    expect(wrapper.find('label[for="login-username"]').text()).toBe('用户名')
    expect(wrapper.find('label[for="login-password"]').text()).toBe('密码')
  })

  it('lets a signed-in user into the workspace and shows the role in the header', async () => {
    signIn('PROVIDER')
    const { router, wrapper } = await mountAt('/workspace')

    expect(router.currentRoute.value.name).toBe('workspace')
    expect(wrapper.find('[data-test="workspace-menu-button"]').text()).toContain('服务商用户')
    expect(wrapper.find('[data-test="workspace-menu"]').text()).toContain('推荐场景')
    expect(wrapper.find('[data-test="workspace-menu"]').text()).not.toContain('数据导入')
  })

  it('shows the 403 page for a page the role may not open', async () => {
    signIn('ENTERPRISE')
    const pinia = createPinia()
    setActivePinia(pinia)
    useAuthStore(pinia).install()
    const router = createAppRouter(createMemoryHistory(), { pinia })
    router.addRoute({ path: '/workspace/imports', name: 'ws-imports', component: { template: '<p>imports</p>' }, meta: { requiresAuth: true, roles: ['ADMIN'] } })
    await router.push('/workspace/imports')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })
})
