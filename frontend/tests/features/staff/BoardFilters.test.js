import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus from 'element-plus'
import BoardFilters from '@/features/workspace/commissioner/BoardFilters.vue'
import BoardPage from '@/features/workspace/commissioner/BoardPage.vue'
import { boardPairs, boardSummary } from '@/api/staff'
import { ApiError, getTaxonomy } from '@/api/client'

vi.mock('@/api/staff', () => ({
  boardPairs: vi.fn(),
  boardSummary: vi.fn(),
  boardPair: vi.fn(),
  moveBoardPair: vi.fn(),
  noteBoardPair: vi.fn(),
}))
vi.mock('@/api/client', async (importOriginal) => ({ ...(await importOriginal()), getTaxonomy: vi.fn(), getMe: vi.fn() }))

const DISTRICTS = [{ code: '370211', name: '黄岛区' }, { code: '370212', name: '崂山区' }]

describe('board filters', () => {
  it('emits the whole filter object with the changed field', async () => {
    const wrapper = mount(BoardFilters, { props: { modelValue: { region: '', stage: '', overdue: false, dropped: false }, districts: DISTRICTS } })
    await wrapper.find('[data-test="bf-stage"]').setValue('NEGOTIATING')
    expect(wrapper.emitted('update:modelValue')[0][0]).toEqual({ region: '', stage: 'NEGOTIATING', overdue: false, dropped: false })
    await wrapper.find('[data-test="bf-region"]').setValue('370212')
    expect(wrapper.emitted('update:modelValue')[1][0].region).toBe('370212')
    await wrapper.find('[data-test="bf-overdue"]').setValue(true)
    expect(wrapper.emitted('update:modelValue')[2][0].overdue).toBe(true)
    expect(wrapper.findAll('#bf-region option').map((o) => o.text())).toEqual(['全部所辖区县', '黄岛区', '崂山区'])
    expect(wrapper.find('label[for="bf-stage"]').text()).toBe('阶段')
  })
})

describe('board page', () => {
  let router
  beforeEach(async () => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    getTaxonomy.mockResolvedValue({ regions: DISTRICTS, modes: [], categories: [], sections: [], industries: [], chains: [], techTags: [] })
    boardSummary.mockResolvedValue([{ stage: 'RECOMMENDED', label: '推荐', count: 4, overdue: 1 }])
    boardPairs.mockResolvedValue({
      total: 1,
      items: [{ id: 5, scenario: { id: 1, title: '能耗监测' }, provider: { id: 2, name: '海智能源' }, region: '370211', stage: 'RECOMMENDED', stageLabel: '推荐', daysInStage: 9, overdue: true, dropped: false }],
    })
    router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/board', name: 'ws-board', component: BoardPage }] })
    await router.push('/board?stage=INVITED&overdue=true')
  })

  function mountPage() {
    return mount(BoardPage, { global: { plugins: [ElementPlus, router] } })
  }

  it('reads its filters from the URL, asks the API with them and flags overdue pairs', async () => {
    const wrapper = mountPage()
    await flushPromises()
    expect(boardPairs).toHaveBeenCalledWith(expect.objectContaining({ stage: 'INVITED', overdue: true, page: 0 }), expect.anything())
    expect(wrapper.find('[data-test="bf-stage"]').element.value).toBe('INVITED')
    expect(wrapper.find('[data-test="board-table"]').text()).toContain('能耗监测')
    expect(wrapper.find('[data-test="overdue"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="stage-RECOMMENDED"]').text()).toContain('超期 1')
  })

  it('a stage column filters the list and goes into the URL; picking it again clears it', async () => {
    const wrapper = mountPage()
    await flushPromises()
    await wrapper.find('[data-test="stage-RECOMMENDED"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ stage: 'RECOMMENDED', overdue: 'true' })
    expect(boardPairs).toHaveBeenLastCalledWith(expect.objectContaining({ stage: 'RECOMMENDED' }), expect.anything())
    await wrapper.find('[data-test="stage-RECOMMENDED"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ overdue: 'true' })
  })

  it('shows the problem with a retry when the board cannot be read', async () => {
    boardPairs.mockRejectedValue(new ApiError({ status: 503, detail: '服务暂时不可用' }))
    const wrapper = mountPage()
    await flushPromises()
    expect(wrapper.find('[data-test="error"]').text()).toContain('服务暂时不可用')
  })
})
