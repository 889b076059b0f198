import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import TaxonomyPage from '@/features/taxonomy/TaxonomyPage.vue'
import { ApiError, getTaxonomy, searchTaxonomy } from '@/api/client'

vi.mock('@/api/client', async (importOriginal) => ({
  ...(await importOriginal()),
  getTaxonomy: vi.fn(),
  searchTaxonomy: vi.fn(),
}))

const MODES = [
  { code: 'DIGITAL_MANAGEMENT', name: '数字化管理' },
  { code: 'PLATFORM_DESIGN', name: '平台化设计' },
  { code: 'INTELLIGENT_MANUFACTURING', name: '智能化制造' },
  { code: 'NETWORKED_COLLABORATION', name: '网络化协同' },
  { code: 'PERSONALIZED_CUSTOMIZATION', name: '个性化定制' },
  { code: 'SERVICE_EXTENSION', name: '服务化延伸' },
]
const CATEGORIES = [
  { code: 'RD', name: '研发设计' },
  { code: 'PROD', name: '生产制造' },
  { code: 'QUAL', name: '质量管控' },
  { code: 'EQUIP', name: '设备管理与运维' },
  { code: 'SUPPLY', name: '供应链与仓储物流' },
  { code: 'MGMT', name: '经营管理' },
  { code: 'SAFE', name: '安全生产' },
  { code: 'ENERGY', name: '节能降碳' },
  { code: 'SERVICE', name: '产品服务与营销' },
  { code: 'INFRA', name: '网络与数据基础设施' },
]

function deferred() {
  let resolve
  let reject
  const promise = new Promise((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(TaxonomyPage, { global: { plugins: [pinia, ElementPlus] } })
}

async function search(wrapper, text) {
  await wrapper.find('input[aria-label="搜索关键词"]').setValue(text)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('TaxonomyPage', () => {
  beforeEach(() => {
    vi.mocked(getTaxonomy).mockReset()
    vi.mocked(searchTaxonomy).mockReset()
  })

  it('shows a loading state, then the six modes and ten categories from the API', async () => {
    const pending = deferred()
    vi.mocked(getTaxonomy).mockReturnValue(pending.promise)

    const wrapper = mountPage()
    await flushPromises()
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="modes"]').exists()).toBe(false)

    pending.resolve({ modes: MODES, categories: CATEGORIES })
    await flushPromises()

    expect(getTaxonomy).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(false)
    const modesText = wrapper.find('[data-test="modes"]').text()
    for (const m of MODES) expect(modesText).toContain(m.name)
    expect(wrapper.findAll('[data-test="modes"] .mode-card')).toHaveLength(6)
    const categoriesText = wrapper.find('[data-test="categories"]').text()
    for (const c of CATEGORIES) expect(categoriesText).toContain(c.name)
    expect(wrapper.findAll('[data-test="categories"] .category-tag')).toHaveLength(10)
    expect(wrapper.text()).toContain('6 种')
    expect(wrapper.text()).toContain('10 类')
  })

  it('shows the problem message when loading fails, and recovers on retry', async () => {
    vi.mocked(getTaxonomy).mockRejectedValueOnce(
      new ApiError({ status: 503, title: '服务暂不可用', detail: '分类服务正在维护，请稍后再试' }),
    )

    const wrapper = mountPage()
    await flushPromises()

    const errorBox = wrapper.find('[data-test="load-error"]')
    expect(errorBox.exists()).toBe(true)
    expect(errorBox.find('.el-alert').text()).toContain('服务暂不可用')
    expect(errorBox.find('.el-alert').text()).toContain('分类服务正在维护，请稍后再试')
    expect(wrapper.find('[data-test="modes"]').exists()).toBe(false)

    vi.mocked(getTaxonomy).mockResolvedValueOnce({ modes: MODES, categories: CATEGORIES })
    await errorBox.find('button.retry').trigger('click')
    await flushPromises()

    expect(getTaxonomy).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="modes"]').text()).toContain('服务化延伸')
  })

  it('tells the user what to do when the taxonomy is empty', async () => {
    vi.mocked(getTaxonomy).mockResolvedValue({ modes: [], categories: [] })

    const wrapper = mountPage()
    await flushPromises()

    const empty = wrapper.find('[data-test="empty"]')
    expect(empty.exists()).toBe(true)
    expect(empty.text()).toContain('请确认后端服务已启动')
    expect(empty.text()).toContain('重新加载')
  })

  it('searches with the typed keyword and lists the hits with their kind', async () => {
    vi.mocked(getTaxonomy).mockResolvedValue({ modes: MODES, categories: CATEGORIES })
    vi.mocked(searchTaxonomy).mockResolvedValue([
      { kind: 'MODE', code: 'INTELLIGENT_MANUFACTURING', name: '智能化制造' },
      { kind: 'CATEGORY', code: 'PROD', name: '生产制造' },
    ])

    const wrapper = mountPage()
    await flushPromises()
    await search(wrapper, '  制造 ')

    expect(searchTaxonomy).toHaveBeenCalledTimes(1)
    expect(vi.mocked(searchTaxonomy).mock.calls[0][0]).toBe('制造')
    const results = wrapper.find('[data-test="search-results"]')
    expect(results.exists()).toBe(true)
    expect(results.text()).toContain('共找到 2 项')
    const rows = results.findAll('li.hit')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('应用模式')
    expect(rows[0].text()).toContain('智能化制造')
    expect(rows[1].text()).toContain('场景类别')
    expect(rows[1].text()).toContain('生产制造')
  })

  it('says what to try when the search finds nothing', async () => {
    vi.mocked(getTaxonomy).mockResolvedValue({ modes: MODES, categories: CATEGORIES })
    vi.mocked(searchTaxonomy).mockResolvedValue([])

    const wrapper = mountPage()
    await flushPromises()
    await search(wrapper, '区块链')

    const empty = wrapper.find('[data-test="search-empty"]')
    expect(empty.exists()).toBe(true)
    expect(empty.text()).toContain('未找到与“区块链”相关')
    expect(empty.text()).toContain('换个关键词')
    expect(wrapper.find('[data-test="search-results"]').exists()).toBe(false)
  })

  it('shows the problem message when the search fails', async () => {
    vi.mocked(getTaxonomy).mockResolvedValue({ modes: MODES, categories: CATEGORIES })
    vi.mocked(searchTaxonomy).mockRejectedValue(
      new ApiError({
        status: 400,
        title: '请求参数不合法',
        detail: '关键词过长',
        errors: [{ field: 'q', message: '长度不能超过 50' }],
      }),
    )

    const wrapper = mountPage()
    await flushPromises()
    await search(wrapper, '制造')

    const alert = wrapper.find('[data-test="search-error"]')
    expect(alert.exists()).toBe(true)
    expect(alert.text()).toContain('请求参数不合法')
    expect(alert.text()).toContain('关键词过长')
    // The taxonomy itself stays visible.
    expect(wrapper.find('[data-test="modes"]').text()).toContain('数字化管理')
  })

  it('does not call the API for a blank keyword and asks for one instead', async () => {
    vi.mocked(getTaxonomy).mockResolvedValue({ modes: MODES, categories: CATEGORIES })

    const wrapper = mountPage()
    await flushPromises()
    await search(wrapper, '   ')

    expect(searchTaxonomy).not.toHaveBeenCalled()
    expect(wrapper.find('[data-test="search-hint"]').text()).toContain('请输入关键词')
  })
})
