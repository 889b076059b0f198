import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import MatchList from '@/features/workspace/enterprise/MatchList.vue'
import { mountWith, settle } from './helpers'

vi.mock('@/api/marketplace', () => ({
  scenarioMatches: vi.fn(),
  giveFeedback: vi.fn(),
  invite: vi.fn(),
}))
const api = await import('@/api/marketplace')

const MATCHES = [
  {
    provider: { id: 11, externalId: 'P-11', name: '青岛智造科技' },
    score: 0.8312,
    reasons: [
      { kind: 'capability', text: '提供生产制造类服务', evidence: [] },
      { kind: 'technique', text: '技术: 掌握机器视觉', evidence: ['机器视觉'] },
      { kind: 'technique', text: '掌握预测性维护', evidence: ['预测性维护'] },
      { kind: 'evidence', text: '有同类案例', evidence: ['注塑质检项目'] },
    ],
    feedback: null,
  },
  { provider: { id: 12, externalId: null, name: '海岸数据' }, score: 0.5, reasons: [], feedback: 'GOOD' },
]

describe('MatchList', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.clearAllMocks()
    api.scenarioMatches.mockResolvedValue(structuredClone(MATCHES))
  })

  it('lists the providers with score and reasons grouped by kind', async () => {
    const wrapper = mountWith(MatchList, { props: { scenarioId: 5 } })
    await settle()
    expect(api.scenarioMatches).toHaveBeenCalledWith(5, 10, expect.anything())
    const items = wrapper.findAll('[data-test="match-item"]')
    expect(items).toHaveLength(2)
    expect(items[0].find('[data-test="score"]').text()).toBe('83%')
    const groups = items[0].findAll('[data-test="reason-group"]').map((g) => g.text())
    expect(groups).toHaveLength(3)
    expect(groups[1]).toContain('技术契合')
    expect(groups[1]).toContain('掌握机器视觉')
    expect(groups[1]).not.toContain('技术:') // the group's label says it once
    expect(groups[1]).toContain('掌握预测性维护')
    expect(groups[2]).toContain('注塑质检项目')
    expect(items[1].find('[data-test="feedback"]').text()).toContain('合适')
  })

  it('asks why for 不合适 and shows the server problem beside the reason', async () => {
    const wrapper = mountWith(MatchList, { props: { scenarioId: 5 } })
    await settle()
    const first = () => wrapper.findAll('[data-test="match-item"]')[0]
    await first().find('[data-test="verdict-NOT_A_FIT"]').trigger('click')
    expect(api.giveFeedback).not.toHaveBeenCalled()
    expect(first().find('[data-test="not-a-fit-form"]').exists()).toBe(true)

    api.giveFeedback.mockRejectedValueOnce(new ApiError({ status: 400, errors: [{ field: 'reason', message: '请说明不合适的原因' }] }))
    await first().find('[data-test="not-a-fit-form"]').trigger('submit')
    await settle()
    expect(first().find('[data-test="not-a-fit-form"] .el-form-item__error').text()).toBe('请说明不合适的原因')

    api.giveFeedback.mockResolvedValueOnce({})
    await first().find('[data-test="not-a-fit-reason"]').setValue('没有本行业案例')
    await first().find('[data-test="not-a-fit-form"]').trigger('submit')
    await settle()
    expect(api.giveFeedback).toHaveBeenLastCalledWith(5, 11, 'NOT_A_FIT', '没有本行业案例')
    expect(first().find('[data-test="feedback"]').text()).toContain('不合适')
    expect(first().find('[data-test="not-a-fit-form"]').exists()).toBe(false)
  })

  it('sends other verdicts at once, and says what to do when nothing matches', async () => {
    api.giveFeedback.mockResolvedValue({})
    const wrapper = mountWith(MatchList, { props: { scenarioId: 5 } })
    await settle()
    await wrapper.find('[data-test="verdict-CONTACTED"]').trigger('click')
    await settle()
    expect(api.giveFeedback).toHaveBeenCalledWith(5, 11, 'CONTACTED', null)

    api.scenarioMatches.mockResolvedValue([])
    const empty = mountWith(MatchList, { props: { scenarioId: 6 } })
    await settle()
    expect(empty.find('[data-test="empty"]').text()).toContain('补充场景描述')
  })

  it('shows the problem and retries when loading fails', async () => {
    api.scenarioMatches.mockRejectedValueOnce(new ApiError({ status: 503, detail: '匹配服务暂不可用' }))
    const wrapper = mountWith(MatchList, { props: { scenarioId: 5 } })
    await settle()
    expect(wrapper.find('[data-test="error"]').text()).toContain('匹配服务暂不可用')
    await wrapper.find('[data-test="error"] button').trigger('click')
    await settle()
    expect(wrapper.findAll('[data-test="match-item"]')).toHaveLength(2)
  })
})
