import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import FacetFilter from '@/components/FacetFilter.vue'

const OPTIONS = [
  { value: 'RD', label: '研发设计', count: 0 },
  { value: 'PROD', label: '生产制造', count: 45 },
]

function mountFacet(props, slots) {
  return mount(FacetFilter, { props, slots, global: { plugins: [ElementPlus] }, attachTo: document.body })
}

describe('FacetFilter', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('as checkboxes: a legend, each option with its count, ticking emits the new selection', async () => {
    const wrapper = mountFacet({ label: '场景类别', checks: true, testPrefix: 'category', options: OPTIONS, modelValue: ['RD'] })
    expect(wrapper.find('fieldset legend').text()).toBe('场景类别')
    expect(wrapper.find('[data-test="category-PROD"]').text()).toBe('生产制造45')
    expect(wrapper.find('[data-test="category-RD"] input').element.checked).toBe(true)

    await wrapper.find('[data-test="category-PROD"] input').setValue(true)
    expect(wrapper.emitted('update:modelValue').at(-1)).toEqual([['RD', 'PROD']])
    await wrapper.find('[data-test="category-RD"] input').setValue(false)
    expect(wrapper.emitted('update:modelValue').at(-1)).toEqual([[]])
  })

  it('as a select: labelled, options show counts, choosing one emits it', async () => {
    const wrapper = mountFacet({ id: 'f-cat', label: '场景类别', options: OPTIONS, modelValue: [], multiple: true })
    expect(wrapper.find('label[for="f-cat"]').text()).toBe('场景类别')
    await flushPromises()
    const items = [...document.querySelectorAll('.el-select-dropdown__item')]
    expect(items.map((i) => i.textContent)).toEqual(['研发设计0', '生产制造45'])

    items[1].click()
    await flushPromises()
    expect(wrapper.emitted('update:modelValue').at(-1)).toEqual([['PROD']])
  })

  it('a clearable select clears to nothing', async () => {
    const wrapper = mountFacet({ id: 'f-cat', label: '场景类别', options: OPTIONS, modelValue: ['PROD'], multiple: true, clearable: true })
    await wrapper.find('.el-select').trigger('mouseenter')
    await wrapper.find('.el-select__clear').trigger('click')
    expect(wrapper.emitted('update:modelValue').at(-1)).toEqual([[]])
  })

  it('options without a count show just their label', async () => {
    mountFacet({ id: 'f-chain', label: '产业链', options: [{ value: '智能家电', label: '智能家电' }], modelValue: '' })
    await flushPromises()
    expect(document.querySelector('.el-select-dropdown__item').textContent).toBe('智能家电')
    expect(document.querySelector('.el-select-dropdown__item .filters__count')).toBeNull()
  })

  it('with a slot: the page supplies its own controls under the legend', () => {
    const wrapper = mountFacet({ label: '预算（万元）' }, { default: '<form class="budget">…</form>' })
    expect(wrapper.find('fieldset legend').text()).toBe('预算（万元）')
    expect(wrapper.find('fieldset .budget').exists()).toBe(true)
  })
})
