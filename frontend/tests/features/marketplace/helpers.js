import { mount, flushPromises, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { useTaxonomyStore } from '@/stores/taxonomy'

export const TAXONOMY = {
  modes: [{ code: 'INTELLIGENT_MANUFACTURING', name: '智能化制造' }],
  categories: [{ code: 'PROD', name: '生产制造' }, { code: 'RD', name: '研发设计' }],
  industries: [{ code: 'C29', name: '橡胶和塑料制品业' }],
  regions: [{ code: '370200', name: '青岛市', parentCode: '370000' }, { code: '370211', name: '黄岛区', parentCode: '370200' }],
  chains: [{ code: 'HOME', name: '智能家电' }],
  techTags: [{ code: 'MV', name: '机器视觉' }],
  sections: [],
}

export function mountWith(component, options = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  Object.assign(useTaxonomyStore(), TAXONOMY, { loaded: true })
  return mount(component, {
    ...options,
    global: { plugins: [pinia, ElementPlus], stubs: { RouterLink: RouterLinkStub } },
    attachTo: document.body,
  })
}

/** The error text Element Plus shows under the form item that holds `selector`. */
export function errorBeside(wrapper, selector) {
  const input = wrapper.find(selector)
  const item = input.element.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent.trim() || ''
}

export { flushPromises }

/**
 * Lets fetch mocks resolve and Element Plus render what follows: a form item shows a new error
 * only after its 100 ms debounce.
 */
export async function settle() {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 130))
  await flushPromises()
}
