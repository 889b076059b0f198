import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, getTaxonomy, normalizeFieldErrors, request, searchTaxonomy } from '@/api/client'

function jsonResponse(body, { status = 200, contentType = 'application/json' } = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

const TAXONOMY = {
  modes: [
    { code: 'DIGITAL_MANAGEMENT', name: '数字化管理' },
    { code: 'PLATFORM_DESIGN', name: '平台化设计' },
  ],
  categories: [{ code: 'RD', name: '研发设计' }],
}

describe('api client', () => {
  let fetchMock

  beforeEach(() => {
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('GETs /api/v1/taxonomy and returns the parsed JSON', async () => {
    fetchMock.mockResolvedValue(jsonResponse(TAXONOMY))

    const result = await getTaxonomy()

    expect(result).toEqual({ ...TAXONOMY, sections: [], industries: [], regions: [], chains: [], techTags: [] })
    expect(fetchMock).toHaveBeenCalledTimes(1)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/taxonomy')
    expect(init.method).toBe('GET')
    expect(init.headers.Accept).toContain('application/problem+json')
    expect(init.body).toBeUndefined()
  })

  it('fills in missing lists so callers can rely on arrays', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ modes: null }))
    await expect(getTaxonomy()).resolves.toEqual({
      modes: [],
      categories: [],
      sections: [],
      industries: [],
      regions: [],
      chains: [],
      techTags: [],
    })
  })

  it('encodes the search query and returns the items', async () => {
    const items = [{ kind: 'MODE', code: 'INTELLIGENT_MANUFACTURING', name: '智能化制造' }]
    fetchMock.mockResolvedValue(jsonResponse({ items }))

    const hits = await searchTaxonomy('制造 & 设计')

    expect(hits).toEqual(items)
    const url = fetchMock.mock.calls[0][0]
    expect(url.startsWith('/api/v1/taxonomy/search?')).toBe(true)
    expect(new URLSearchParams(url.split('?')[1]).get('q')).toBe('制造 & 设计')
  })

  it('sends a JSON body when one is given', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))

    const result = await request('/things', { method: 'POST', body: { name: '试点' } })

    expect(result).toBeNull()
    const [, init] = fetchMock.mock.calls[0]
    expect(init.method).toBe('POST')
    expect(init.headers['Content-Type']).toBe('application/json')
    expect(JSON.parse(init.body)).toEqual({ name: '试点' })
  })

  it('turns an RFC 7807 problem+json response into an ApiError with field errors', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          type: 'https://scenehub.cn/problems/validation',
          title: '请求参数不合法',
          status: 400,
          detail: '搜索关键词不能为空',
          instance: '/api/v1/taxonomy/search',
          errors: [
            { field: 'q', message: '不能为空' },
            { field: 'q', message: '长度须在 1 到 50 之间' },
            { pointer: '/page', detail: '必须大于等于 0' },
          ],
        },
        { status: 400, contentType: 'application/problem+json' },
      ),
    )

    const error = await searchTaxonomy('').catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toBeInstanceOf(Error)
    expect(error.status).toBe(400)
    expect(error.title).toBe('请求参数不合法')
    expect(error.detail).toBe('搜索关键词不能为空')
    expect(error.message).toBe('搜索关键词不能为空')
    expect(error.type).toBe('https://scenehub.cn/problems/validation')
    expect(error.instance).toBe('/api/v1/taxonomy/search')
    expect(error.errors).toEqual([
      { field: 'q', message: '不能为空' },
      { field: 'q', message: '长度须在 1 到 50 之间' },
      { field: '/page', message: '必须大于等于 0' },
    ])
    expect(error.fieldErrors('q')).toEqual(['不能为空', '长度须在 1 到 50 之间'])
    expect(error.fieldErrors('other')).toEqual([])
  })

  it('uses the title as the message when the problem has no detail, and has no field errors', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({ title: '资源不存在', status: 404 }, { status: 404, contentType: 'application/problem+json' }),
    )

    const error = await getTaxonomy().catch((e) => e)

    expect(error.status).toBe(404)
    expect(error.message).toBe('资源不存在')
    expect(error.detail).toBe('')
    expect(error.errors).toEqual([])
  })

  it('reads a non-JSON error page as an ApiError with the HTTP status', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html>Bad Gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    )

    const error = await getTaxonomy().catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(502)
    expect(error.title).toBe('Bad Gateway')
    expect(error.message).toContain('HTTP 502')
    expect(error.errors).toEqual([])
  })

  it('reports a network failure as an ApiError with status 0 and the cause', async () => {
    const cause = new TypeError('Failed to fetch')
    fetchMock.mockRejectedValue(cause)

    const error = await getTaxonomy().catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(0)
    expect(error.title).toBe('网络错误')
    expect(error.message).toMatch(/无法连接服务器/)
    expect(error.cause).toBe(cause)
  })

  it('lets an aborted request reject with the AbortError itself', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError')
    fetchMock.mockRejectedValue(abort)

    await expect(getTaxonomy()).rejects.toBe(abort)
  })
})

describe('normalizeFieldErrors', () => {
  it('accepts a field → message(s) map', () => {
    expect(normalizeFieldErrors({ errors: { title: '不能为空', budget: ['必须为正数', '不能超过上限'] } })).toEqual([
      { field: 'title', message: '不能为空' },
      { field: 'budget', message: '必须为正数' },
      { field: 'budget', message: '不能超过上限' },
    ])
  })

  it('accepts Micronaut/Zalando style violations', () => {
    expect(normalizeFieldErrors({ violations: [{ field: 'search.q', message: 'must not be blank' }] })).toEqual([
      { field: 'search.q', message: 'must not be blank' },
    ])
  })

  it('returns an empty list when there is nothing per field', () => {
    expect(normalizeFieldErrors({ title: 'x' })).toEqual([])
    expect(normalizeFieldErrors(null)).toEqual([])
  })
})
