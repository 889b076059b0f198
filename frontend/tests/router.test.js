import { beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import App from '@/App.vue'
import { createAppRouter } from '@/router'

async function mountAt(path) {
  const router = createAppRouter(createMemoryHistory())
  router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [createPinia(), router, ElementPlus] } })
  await flushPromises()
  return { wrapper, router }
}

describe('routing', () => {
  beforeAll(() => {
    // jsdom has no scrolling; the router's scrollBehavior would log "not implemented".
    vi.stubGlobal('scrollTo', () => {})
  })

  it('shows the in-app 404 page for an unknown deep link, inside the layout', async () => {
    const { wrapper, router } = await mountAt('/scenarios/does-not-exist?x=1')

    expect(router.currentRoute.value.name).toBe('not-found')
    expect(wrapper.find('.app-header').text()).toContain('工赋场景汇')
    expect(wrapper.text()).toContain('404 页面不存在')
    expect(wrapper.text()).toContain('/scenarios/does-not-exist?x=1')
    expect(document.title).toBe('页面不存在 - 工赋场景汇 SceneHub')
  })

  it('has the 首页 and 场景分类 entries in the navigation', async () => {
    const { wrapper } = await mountAt('/nowhere')

    const links = wrapper.findAll('.app-nav a')
    expect(links.map((a) => a.text())).toEqual(['首页', '场景分类'])
    expect(links.map((a) => a.attributes('href'))).toEqual(['/', '/taxonomy'])
  })
})
