import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import OrgReviewPage from '@/features/workspace/commissioner/OrgReviewPage.vue'
import ScenarioReviewPage from '@/features/workspace/commissioner/ScenarioReviewPage.vue'
import { listOrganizations, listScenarios, reviewOrganization, transitionScenario } from '@/api/staff'
import { ApiError, getTaxonomy } from '@/api/client'

vi.mock('@/api/staff', () => ({
  listOrganizations: vi.fn(),
  reviewOrganization: vi.fn(),
  listScenarios: vi.fn(),
  transitionScenario: vi.fn(),
}))
vi.mock('@/api/client', async (importOriginal) => ({ ...(await importOriginal()), getTaxonomy: vi.fn() }))

const ORG = { id: 3, name: '青岛锐宏塑业有限公司', kind: 'MANUFACTURER', status: 'PENDING', creditCode: '91370211X', regionCode: '370211', version: 4 }
const SCENARIO = { id: 8, title: '喷涂线数字孪生', status: 'SUBMITTED', region: '370211', category: 'PROD', version: 2 }

function mountPage(page) {
  setActivePinia(createPinia())
  return mount(page, { global: { plugins: [ElementPlus] } })
}

describe('机构审核', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    getTaxonomy.mockResolvedValue({ regions: [], modes: [], categories: [], sections: [], industries: [], chains: [], techTags: [] })
    listOrganizations.mockResolvedValue({ total: 1, items: [ORG] })
  })

  it('lists pending registrations; another status asks again from page 1', async () => {
    const wrapper = mountPage(OrgReviewPage)
    await flushPromises()
    expect(listOrganizations).toHaveBeenLastCalledWith({ status: 'PENDING', kind: undefined, page: 0, size: 20 }, expect.anything())
    expect(wrapper.find('[data-test="org-3"]').text()).toContain('青岛锐宏塑业有限公司')

    await wrapper.find('[data-test="or-status"]').setValue('APPROVED')
    await wrapper.find('#or-kind').setValue('PROVIDER')
    await flushPromises()
    expect(listOrganizations).toHaveBeenLastCalledWith({ status: 'APPROVED', kind: 'PROVIDER', page: 0, size: 20 }, expect.anything())
  })

  it('a rejection keeps its form open with the server message, then goes through and says so', async () => {
    reviewOrganization.mockRejectedValueOnce(new ApiError({ status: 400, errors: [{ field: 'reason', message: '请写明原因' }] }))
    const wrapper = mountPage(OrgReviewPage)
    await flushPromises()
    await wrapper.find('[data-test="org-reject"]').trigger('click')
    await wrapper.find('.org__decide').trigger('submit')
    await flushPromises()
    expect(wrapper.find('.org__decide').text()).toContain('请写明原因')

    reviewOrganization.mockResolvedValueOnce({})
    await wrapper.find('#or-reason-3').setValue('信用代码与营业执照不符')
    await wrapper.find('.org__decide').trigger('submit')
    await flushPromises()
    expect(reviewOrganization).toHaveBeenLastCalledWith(3, { decision: 'REJECT', reason: '信用代码与营业执照不符', version: 4 })
    expect(wrapper.find('.org__decide').exists()).toBe(false)
    expect(wrapper.text()).toContain('已不通过：青岛锐宏塑业有限公司')
    expect(listOrganizations).toHaveBeenCalledTimes(2) // the list is read again
  })
})

describe('场景审核', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    getTaxonomy.mockResolvedValue({ regions: [], modes: [], categories: [], sections: [], industries: [], chains: [], techTags: [] })
    listScenarios.mockResolvedValue({ total: 1, items: [SCENARIO] })
  })

  it('approves at once, without a form', async () => {
    transitionScenario.mockResolvedValue({})
    const wrapper = mountPage(ScenarioReviewPage)
    await flushPromises()
    expect(listScenarios).toHaveBeenLastCalledWith({ status: 'SUBMITTED', page: 0, size: 10 }, expect.anything())
    await wrapper.find('[data-test="sc-approve"]').trigger('click')
    await flushPromises()
    expect(transitionScenario).toHaveBeenCalledWith(8, { action: 'APPROVE', reason: undefined, version: 2 })
    expect(wrapper.text()).toContain('审核通过：喷涂线数字孪生')
  })

  it('a return asks for the reason first', async () => {
    transitionScenario.mockResolvedValue({})
    const wrapper = mountPage(ScenarioReviewPage)
    await flushPromises()
    await wrapper.find('[data-test="sc-return"]').trigger('click')
    expect(transitionScenario).not.toHaveBeenCalled()
    await wrapper.find('[data-test="sc-reason"]').setValue('预算缺失')
    await wrapper.find('.sc__reason').trigger('submit')
    await flushPromises()
    expect(transitionScenario).toHaveBeenCalledWith(8, { action: 'RETURN', reason: '预算缺失', version: 2 })
    expect(wrapper.find('.sc__reason').exists()).toBe(false)
  })
})
