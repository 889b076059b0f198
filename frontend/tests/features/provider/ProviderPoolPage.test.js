import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { getTaxonomy, searchProviders } from '@/api/client'
import { TAXONOMY } from '../catalogue/fixtures'
import { openApp } from '../openApp'

vi.mock('@/api/client', async (importOriginal) => ({
  ...(await importOriginal()),
  getTaxonomy: vi.fn(),
  searchProviders: vi.fn(),
  suggest: vi.fn(async () => []),
}))

const PROVIDER = {
  id: 7,
  name: '青岛海智工业互联网有限公司',
  snippet: '提供<em>远程运维</em>平台',
  platformType: '跨行业跨领域',
  maturityLevel: '3',
  region: '370211',
  categories: ['PROD'],
  techTags: ['数字孪生'],
}
const RESULT = {
  total: 45,
  items: [PROVIDER],
  facets: {
    category: [{ key: 'PROD', name: '生产制造', count: 45 }],
    maturityLevel: [{ key: '3', count: 20 }],
  },
}

const lastParams = () => vi.mocked(searchProviders).mock.calls.at(-1)[0]

describe('ProviderPoolPage', () => {
  beforeAll(() => vi.stubGlobal('scrollTo', () => {}))
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.mocked(getTaxonomy).mockResolvedValue(TAXONOMY)
    vi.mocked(searchProviders).mockReset().mockResolvedValue(RESULT)
  })

  it('asks the API with the URL state and shows the count and the providers', async () => {
    const { wrapper } = await openApp('/providers?q=远程运维&maturityLevel=3&page=2')
    expect(lastParams()).toMatchObject({ q: '远程运维', maturityLevel: ['3'], page: 1, size: 20 })
    expect(wrapper.find('[data-test="provider-count"]').text()).toBe('共 45 家服务商')
    expect(wrapper.findAll('[data-test="provider-card"]')).toHaveLength(1)
    expect(wrapper.find('[data-test="pcategory-PROD"]').text()).toBe('生产制造45')
  })

  it('ticking a facet writes the URL from page 1, and 清除筛选 keeps only the keywords', async () => {
    const { wrapper, router } = await openApp('/providers?q=远程运维&page=2')
    await wrapper.find('[data-test="pcategory-PROD"] input').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '远程运维', category: ['PROD'] })
    expect(lastParams()).toMatchObject({ category: ['PROD'], page: 0 })

    await wrapper.find('[data-test="clear-filters"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '远程运维' })
    expect(wrapper.find('[data-test="clear-filters"]').exists()).toBe(false)
  })

  it('pages through the results in the URL', async () => {
    const { wrapper, router } = await openApp('/providers?region=370211')
    await wrapper.find('.el-pager li:nth-child(2)').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ region: '370211', page: '2' })
    expect(lastParams()).toMatchObject({ region: '370211', page: 1 })
  })

  it('offers to clear everything when nothing is found', async () => {
    vi.mocked(searchProviders).mockResolvedValue({ total: 0, items: [], facets: {} })
    const { wrapper, router } = await openApp('/providers?q=不存在&category=PROD')
    expect(wrapper.find('[data-test="empty"]').text()).toContain('没有找到符合条件的服务商')
    await wrapper.find('[data-test="empty"] button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
  })
})
