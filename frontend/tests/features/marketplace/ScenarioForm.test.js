import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import ScenarioForm from '@/features/workspace/enterprise/ScenarioForm.vue'
import { errorBeside, mountWith, settle } from './helpers'

vi.mock('@/api/marketplace', () => ({
  createScenario: vi.fn(),
  updateScenario: vi.fn(),
  moveScenario: vi.fn(),
}))
const api = await import('@/api/marketplace')

const problem = (errors, detail = '请求参数有误') => new ApiError({ status: 400, title: 'Bad Request', detail, errors })

describe('ScenarioForm', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.clearAllMocks()
  })

  it('shows each server problem beside the input it names', async () => {
    api.createScenario.mockRejectedValue(
      problem([
        { field: 'title', message: '不能为空' },
        { field: 'budget.min', message: '不能大于上限' },
        { field: 'contact.email', message: '不是合法的电子邮件地址' },
      ]),
    )
    const wrapper = mountWith(ScenarioForm)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(errorBeside(wrapper, '[data-test="f-title"]')).toBe('不能为空')
    expect(errorBeside(wrapper, '[data-test="f-budget-min"]')).toBe('不能大于上限')
    expect(errorBeside(wrapper, '[data-test="f-email"]')).toBe('不是合法的电子邮件地址')
    expect(errorBeside(wrapper, '[data-test="f-description"]')).toBe('')
    // every field problem sits beside its input: nothing left over for the banner
    expect(wrapper.find('[data-test="form-error"]').exists()).toBe(false)
  })

  it('shows a problem without a field above the buttons', async () => {
    api.createScenario.mockRejectedValue(new ApiError({ status: 409, detail: '场景已被他人修改，请刷新后重试' }))
    const wrapper = mountWith(ScenarioForm)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-test="form-error"]').text()).toContain('场景已被他人修改')
  })

  it('sends the form in yuan and submits for review after saving', async () => {
    api.createScenario.mockResolvedValue({ id: 7, version: 0, status: 'DRAFT' })
    api.moveScenario.mockResolvedValue({ id: 7, version: 1, status: 'SUBMITTED' })
    const wrapper = mountWith(ScenarioForm)
    await wrapper.find('[data-test="f-title"]').setValue('注塑车间预测性维护')
    await wrapper.find('[data-test="f-description"]').setValue('设备停机多')
    await wrapper.find('[data-test="f-budget-min"] input').setValue('50')
    await wrapper.find('[data-test="f-budget-min"] input').trigger('change')
    await wrapper.find('[data-test="f-budget-max"] input').setValue('80')
    await wrapper.find('[data-test="f-budget-max"] input').trigger('change')
    await wrapper.find('[data-test="submit-scenario"]').trigger('click')
    await settle()
    const body = api.createScenario.mock.calls[0][0]
    expect(body).toMatchObject({ title: '注塑车间预测性维护', description: '设备停机多', budget: { min: 500000, max: 800000 }, version: null })
    expect(api.moveScenario).toHaveBeenCalledWith(7, 'SUBMIT', 0)
    expect(wrapper.emitted('saved')[0]).toEqual([{ id: 7, version: 1, status: 'SUBMITTED' }, true])
  })

  it('shows the return reason and edits with the version it saw', async () => {
    api.updateScenario.mockResolvedValue({ id: 3, version: 5, status: 'RETURNED' })
    const scenario = { id: 3, version: 4, status: 'RETURNED', statusReason: '请补充验收指标', year: 2026, title: 'A', description: 'B', category: 'PROD', modes: ['INTELLIGENT_MANUFACTURING'], techTags: [] }
    const wrapper = mountWith(ScenarioForm, { props: { scenario } })
    expect(wrapper.find('[data-test="return-reason"]').text()).toContain('请补充验收指标')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(api.updateScenario).toHaveBeenCalledWith(3, expect.objectContaining({ version: 4, category: 'PROD' }))
  })
})

describe('server messages', () => {
  it('are shown in Chinese, without the English the server adds for other clients', async () => {
    const { chineseMessage } = await import('@/utils/messages')
    expect(chineseMessage('不能为空 (must not be blank)')).toBe('不能为空')
    expect(chineseMessage('长度须在 0 到 120 之间 (size must be between 0 and 120)')).toBe('长度须在 0 到 120 之间')
    expect(chineseMessage('场景名称已存在')).toBe('场景名称已存在')
    expect(chineseMessage('must not be blank')).toBe('must not be blank')
    expect(chineseMessage('年度应为 2000 (或以后)')).toBe('年度应为 2000 (或以后)') // a Chinese aside stays
  })
})
