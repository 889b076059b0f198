import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  annualListExportUrl,
  configureAuth,
  request,
  scenarioMatrix,
  searchScenarios,
  similarScenarios,
  suggest,
} from '@/api/client'

function json(body, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}
const problem = (status, detail) =>
  json({ type: 'about:blank', title: 'x', status, detail }, status, 'application/problem+json')

function query(url) {
  return new URLSearchParams(url.split('?')[1] || '')
}

describe('api client: catalogue', () => {
  let fetchMock
  beforeEach(() => {
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    configureAuth(null)
  })

  it('sends list filters as repeated parameters and leaves out empty ones', async () => {
    fetchMock.mockResolvedValue(json({ total: 3, items: [{ id: 1 }], facets: { category: [] } }))

    const result = await searchScenarios({ q: '数字孪生', category: ['RD', 'PROD'], mode: [], chain: '', year: 2026, page: 0 })

    const url = fetchMock.mock.calls[0][0]
    expect(url.startsWith('/api/v1/catalogue/scenarios?')).toBe(true)
    const params = query(url)
    expect(params.getAll('category')).toEqual(['RD', 'PROD'])
    expect(params.get('q')).toBe('数字孪生')
    expect(params.get('year')).toBe('2026')
    expect(params.get('page')).toBe('0')
    expect(params.has('mode')).toBe(false)
    expect(params.has('chain')).toBe(false)
    expect(result).toEqual({ total: 3, items: [{ id: 1 }], facets: { category: [] }, nextCursor: null })
  })

  it('suggest: returns the items, [] for a blank query without asking, [] while the endpoint is missing', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [{ text: '数字孪生', kind: 'term' }, { kind: 'term' }] }))
    await expect(suggest('szls')).resolves.toEqual([{ text: '数字孪生', kind: 'term' }])
    expect(query(fetchMock.mock.calls[0][0]).get('q')).toBe('szls')

    await expect(suggest('   ')).resolves.toEqual([])
    expect(fetchMock).toHaveBeenCalledTimes(1)

    fetchMock.mockResolvedValueOnce(problem(404, 'not found'))
    await expect(suggest('数字')).resolves.toEqual([])
  })

  it('suggest: other errors still reject with the problem', async () => {
    fetchMock.mockResolvedValueOnce(problem(503, '检索服务暂不可用'))
    await expect(suggest('数字')).rejects.toMatchObject({ status: 503, message: '检索服务暂不可用' })
  })

  it('similar and matrix answer null on 404 so the page can fall back', async () => {
    fetchMock.mockResolvedValueOnce(problem(404, 'nope'))
    await expect(similarScenarios(7, 5)).resolves.toBeNull()
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/catalogue/scenarios/7/similar?size=5')

    fetchMock.mockResolvedValueOnce(json({ items: [{ id: 8 }] }))
    await expect(similarScenarios(7)).resolves.toEqual([{ id: 8 }])

    fetchMock.mockResolvedValueOnce(problem(404, 'nope'))
    await expect(scenarioMatrix({ rows: 'chain', cols: 'category' })).resolves.toBeNull()
    fetchMock.mockResolvedValueOnce(json({ rows: [{ key: 'a', name: 'A' }], cols: [], cells: null }))
    await expect(scenarioMatrix({ rows: 'chain', cols: 'category' })).resolves.toEqual({
      rows: [{ key: 'a', name: 'A' }],
      cols: [],
      cells: [],
    })
  })

  it('builds the export link of an annual list', () => {
    expect(annualListExportUrl('2026-第一批')).toBe(
      `/api/v1/annual-lists/by-slug/${encodeURIComponent('2026-第一批')}/export?format=xlsx`,
    )
  })
})

describe('api client: authentication', () => {
  let fetchMock
  let token
  let hooks
  beforeEach(() => {
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    token = 'old'
    hooks = {
      getAccessToken: () => token,
      refresh: vi.fn(async () => {
        token = 'new'
        return true
      }),
      onAuthLost: vi.fn(),
    }
    configureAuth(hooks)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    configureAuth(null)
  })

  it('sends the access token as a bearer token', async () => {
    fetchMock.mockResolvedValue(json({ ok: true }))
    await request('/auth/me')
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBe('Bearer old')
  })

  it('sends no token on anonymous calls', async () => {
    fetchMock.mockResolvedValue(json({}))
    await request('/auth/login', { method: 'POST', body: {}, anonymous: true })
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBeUndefined()
  })

  it('on a 401 refreshes once and retries with the new token', async () => {
    fetchMock.mockResolvedValueOnce(problem(401, 'expired')).mockResolvedValueOnce(json({ id: 1 }))

    await expect(request('/scenarios/1')).resolves.toEqual({ id: 1 })

    expect(hooks.refresh).toHaveBeenCalledTimes(1)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe('Bearer new')
    expect(hooks.onAuthLost).not.toHaveBeenCalled()
  })

  it('does not loop: a second 401 after the refresh drops the session and rejects', async () => {
    fetchMock.mockResolvedValue(problem(401, '请重新登录'))

    const err = await request('/scenarios/1').catch((e) => e)

    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(401)
    expect(hooks.refresh).toHaveBeenCalledTimes(1)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(hooks.onAuthLost).toHaveBeenCalledTimes(1)
  })

  it('when the refresh fails, drops the session and asks once more as a visitor', async () => {
    hooks.refresh.mockResolvedValueOnce(false)
    fetchMock.mockResolvedValueOnce(problem(401, 'expired')).mockResolvedValueOnce(json({ total: 1 }))

    await expect(request('/catalogue/scenarios')).resolves.toEqual({ total: 1 })
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBeUndefined()
    expect(hooks.onAuthLost).toHaveBeenCalledTimes(1)
  })

  it('a page that needs a login still answers 401 after the session ended', async () => {
    hooks.refresh.mockResolvedValueOnce(false)
    fetchMock.mockResolvedValue(problem(401, '请先登录'))

    await expect(request('/auth/me')).rejects.toMatchObject({ status: 401 })
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('a 401 without a token (wrong password) is just the error, no refresh', async () => {
    token = null
    fetchMock.mockResolvedValue(problem(401, '用户名或密码错误'))
    await expect(request('/auth/login', { method: 'POST', body: {} })).rejects.toMatchObject({ message: '用户名或密码错误' })
    expect(hooks.refresh).not.toHaveBeenCalled()
  })
})
