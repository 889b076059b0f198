import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import PlanReview from '@/features/workspace/commissioner/PlanReview.vue'
import { addPlanItem, planItems, removePlanItem } from '@/api/staff'
import { ApiError } from '@/api/client'

vi.mock('@/api/staff', () => ({ planItems: vi.fn(), addPlanItem: vi.fn(), removePlanItem: vi.fn() }))

const PLAN = { id: 9, status: 'READY', perScenario: 2, perProvider: 3 }
const ITEM = { id: 101, scenario: { id: 11, externalId: 'S-11', title: '注塑车间视觉质检' }, provider: { id: 21, name: '青岛智检科技' }, score: 0.8123, source: 'AUTO' }

function mountReview(props = {}) {
  return mount(PlanReview, { props: { plan: PLAN, ...props }, global: { plugins: [ElementPlus] } })
}

describe('plan review', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    planItems.mockResolvedValue({ total: 1, items: [ITEM] })
  })

  it('lists the pairs and filters them by scenario or provider', async () => {
    const wrapper = mountReview()
    await flushPromises()
    expect(planItems).toHaveBeenCalledWith(9, expect.objectContaining({ page: 0, size: 20 }), expect.anything())
    expect(wrapper.find('[data-test="plan-items"]').text()).toContain('注塑车间视觉质检')
    expect(wrapper.text()).toContain('0.812')

    await wrapper.find('[data-test="filter-provider"]').setValue('21')
    await wrapper.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(planItems).toHaveBeenLastCalledWith(9, expect.objectContaining({ providerId: '21', scenarioId: undefined }), expect.anything())
  })

  it('adds a pair within the limits and reloads', async () => {
    addPlanItem.mockResolvedValue({ id: 102 })
    const wrapper = mountReview()
    await flushPromises()
    await wrapper.find('[data-test="add-scenario"]').setValue('11')
    await wrapper.find('[data-test="add-provider"]').setValue('22')
    await wrapper.find('[data-test="plan-add"]').trigger('submit')
    await flushPromises()
    expect(addPlanItem).toHaveBeenCalledWith(9, { scenarioId: 11, providerId: 22 })
    expect(wrapper.emitted('changed')).toHaveLength(1)
    expect(planItems).toHaveBeenCalledTimes(2)
  })

  it('shows the limit the server names under that field, and a duplicate as a message', async () => {
    addPlanItem.mockRejectedValueOnce(
      new ApiError({ status: 400, detail: '超出限制', errors: [{ field: 'providerId', message: '该服务商已有 3 个场景，达到上限' }] }),
    )
    const wrapper = mountReview()
    await flushPromises()
    await wrapper.find('[data-test="add-scenario"]').setValue('11')
    await wrapper.find('[data-test="add-provider"]').setValue('21')
    await wrapper.find('[data-test="plan-add"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#pa-provider-err').text()).toBe('该服务商已有 3 个场景，达到上限')
    expect(wrapper.find('#pa-scenario-err').text()).toBe('')
    expect(wrapper.find('[data-test="add-provider"]').attributes('aria-invalid')).toBe('true')
    expect(wrapper.emitted('changed')).toBeUndefined()

    addPlanItem.mockRejectedValueOnce(new ApiError({ status: 409, detail: '这个组合已在方案中' }))
    await wrapper.find('[data-test="plan-add"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-test="add-error"]').text()).toBe('这个组合已在方案中')
    expect(wrapper.find('#pa-provider-err').text()).toBe('')
  })

  it('removes a pair, and a published plan cannot be edited', async () => {
    removePlanItem.mockResolvedValue(null)
    const wrapper = mountReview()
    await flushPromises()
    await wrapper.find('[data-test="item-remove"]').trigger('click')
    await flushPromises()
    expect(removePlanItem).toHaveBeenCalledWith(9, 101)

    const readOnly = mountReview({ plan: { ...PLAN, status: 'PUBLISHED' }, editable: false })
    await flushPromises()
    expect(readOnly.find('[data-test="item-remove"]').exists()).toBe(false)
    expect(readOnly.find('[data-test="plan-add"]').exists()).toBe(false)
  })
})
