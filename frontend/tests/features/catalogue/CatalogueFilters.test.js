import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import CatalogueFilters from '@/features/catalogue/CatalogueFilters.vue'
import { parseScenarioQuery } from '@/features/catalogue/searchState'
import { useTaxonomyStore } from '@/stores/taxonomy'
import { RESULT, TAXONOMY } from './fixtures'

function mountFilters(query = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const taxonomy = useTaxonomyStore()
  Object.assign(taxonomy, TAXONOMY, { loaded: true })
  return mount(CatalogueFilters, {
    props: { state: parseScenarioQuery(query), facets: RESULT.facets },
    global: { plugins: [pinia, ElementPlus] },
    attachTo: document.body,
  })
}

describe('CatalogueFilters', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('lists every category and mode with its count (0 when the facet has none)', () => {
    const wrapper = mountFilters()
    expect(wrapper.find('[data-test="category-PROD"]').text()).toBe('生产制造45')
    expect(wrapper.find('[data-test="category-RD"]').text()).toBe('研发设计0')
    // the mode facet is keyed by name; the filter by code
    expect(wrapper.find('[data-test="mode-INTELLIGENT_MANUFACTURING"]').text()).toBe('智能化制造40')
  })

  it('ticking a category emits the new list as a patch', async () => {
    const wrapper = mountFilters({ category: 'RD' })
    await wrapper.find('[data-test="category-PROD"] input').setValue(true)
    expect(wrapper.emitted('change').at(-1)).toEqual([{ category: ['RD', 'PROD'] }])
  })

  it('shows the selection from the URL as ticked', () => {
    const wrapper = mountFilters({ mode: 'INTELLIGENT_MANUFACTURING' })
    expect(wrapper.find('[data-test="mode-INTELLIGENT_MANUFACTURING"] input').element.checked).toBe(true)
    expect(wrapper.find('[data-test="mode-DIGITAL_MANAGEMENT"] input').element.checked).toBe(false)
  })

  it('applies a budget range only when it is valid', async () => {
    const wrapper = mountFilters()
    const [min, max] = wrapper.findAll('.filters__budget input')
    await min.setValue('300')
    await min.trigger('blur')
    await max.setValue('100')
    await max.trigger('blur')
    expect(wrapper.text()).toContain('最低预算不能高于最高预算')
    await wrapper.find('.filters__budget').trigger('submit')
    expect(wrapper.emitted('change')).toBeUndefined()

    await max.setValue('500')
    await max.trigger('blur')
    await wrapper.find('.filters__budget').trigger('submit')
    expect(wrapper.emitted('change').at(-1)).toEqual([{ budgetMin: 300, budgetMax: 500 }])
  })

  it('labels every control', () => {
    const wrapper = mountFilters()
    for (const id of ['filter-industry', 'filter-chain', 'filter-region', 'filter-year', 'filter-batch']) {
      expect(wrapper.find(`label[for="${id}"]`).exists()).toBe(true)
    }
    expect(wrapper.findAll('fieldset legend').map((l) => l.text())).toEqual(['场景类别', '应用模式', '预算（万元）'])
  })
})
