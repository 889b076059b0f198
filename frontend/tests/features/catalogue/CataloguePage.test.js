import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiError, getAnnualLists, getTaxonomy, searchScenarios } from '@/api/client'
import { openApp } from '../openApp'
import { RESULT, TAXONOMY } from './fixtures'

vi.mock('@/api/client', async (importOriginal) => ({
  ...(await importOriginal()),
  getTaxonomy: vi.fn(),
  searchScenarios: vi.fn(),
  getAnnualLists: vi.fn(),
  suggest: vi.fn(async () => []),
}))

const lastParams = () => vi.mocked(searchScenarios).mock.calls.at(-1)[0]

describe('CataloguePage', () => {
  beforeAll(() => vi.stubGlobal('scrollTo', () => {}))
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(getTaxonomy).mockResolvedValue(TAXONOMY)
    vi.mocked(getAnnualLists).mockResolvedValue([])
    vi.mocked(searchScenarios).mockReset().mockResolvedValue(RESULT)
  })

  it('a shared link reopens the same search: the URL becomes the API query', async () => {
    const { wrapper } = await openApp('/scenarios?q=数字孪生&category=PROD&region=370211&year=2026&budgetMin=50&sort=newest&page=2&size=10')

    expect(lastParams()).toMatchObject({
      q: '数字孪生',
      category: ['PROD'],
      region: ['370211'],
      year: 2026,
      budgetMin: 500000,
      sort: 'newest',
      page: 1,
      size: 10,
    })
    expect(wrapper.find('#catalogue-q').element.value).toBe('数字孪生')
    expect(wrapper.find('[data-test="result-count"]').text()).toContain('共 45 个场景')
    expect(wrapper.find('[data-test="chip-category:PROD"]').text()).toBe('生产制造')
  })

  it('shows snippets with the highlight and nothing else', async () => {
    const { wrapper } = await openApp('/scenarios?q=数字孪生')
    const snippet = wrapper.find('.scenario-card__snippet')
    expect(snippet.find('em').text()).toBe('数字孪生')
    expect(snippet.find('img').exists()).toBe(false)
    expect(snippet.text()).toContain('<img src=x>')
  })

  it('a filter click writes the URL (back to page 1) and back/forward replay the searches', async () => {
    const { wrapper, router } = await openApp('/scenarios?q=AGV&page=3')

    await wrapper.find('[data-test="category-PROD"] input').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'AGV', category: ['PROD'] })
    expect(lastParams()).toMatchObject({ q: 'AGV', category: ['PROD'], page: 0 })

    router.back()
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/scenarios?q=AGV&page=3')
    expect(lastParams()).toMatchObject({ q: 'AGV', category: [], page: 2 })
  })

  it('a new keyword search starts again at page 1', async () => {
    const { wrapper, router } = await openApp('/scenarios?page=4&category=RD')
    await wrapper.find('#catalogue-q').setValue('预测性维护')
    await wrapper.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '预测性维护', category: ['RD'] })
  })

  it('清除筛选 keeps the keywords; a chip takes off its own filter', async () => {
    const { wrapper, router } = await openApp('/scenarios?q=AGV&category=PROD&mode=INTELLIGENT_MANUFACTURING')
    await wrapper.find('[data-test="chip-category:PROD"] .el-tag__close').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'AGV', mode: ['INTELLIGENT_MANUFACTURING'] })

    await wrapper.find('[data-test="clear-filters"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'AGV' })
    expect(lastParams()).toMatchObject({ q: 'AGV', category: [], mode: [] })
  })

  it('pages through the results in the URL', async () => {
    const { wrapper, router } = await openApp('/scenarios?q=AGV&size=10')
    await wrapper.find('.el-pager li:nth-child(3)').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'AGV', size: '10', page: '3' })
    expect(lastParams()).toMatchObject({ page: 2, size: 10 })
  })

  it('says what to do when nothing is found', async () => {
    vi.mocked(searchScenarios).mockResolvedValue({ total: 0, items: [], facets: {}, nextCursor: null })
    const { wrapper } = await openApp('/scenarios?q=不存在的词&category=RD')
    expect(wrapper.find('[data-test="empty"]').text()).toContain('没有找到符合条件的场景')
    expect(wrapper.find('[data-test="empty"]').text()).toContain('清除全部条件')
  })

  it("shows the problem's message and retries", async () => {
    vi.mocked(searchScenarios).mockRejectedValueOnce(new ApiError({ status: 503, detail: '检索服务暂不可用，请稍后重试' }))
    const { wrapper } = await openApp('/scenarios')
    expect(wrapper.find('[data-test="error"]').text()).toContain('检索服务暂不可用，请稍后重试')

    await wrapper.find('[data-test="error"] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="error"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-test="scenario-card"]')).toHaveLength(1)
  })
})
