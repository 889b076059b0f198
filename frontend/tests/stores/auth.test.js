import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { STORAGE_KEY, useAuthStore } from '@/stores/auth'
import { configureAuth, request } from '@/api/client'

function json(body, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })
}
const TOKENS = { accessToken: 'a1', refreshToken: 'r1', expiresIn: 3600, roles: ['ENTERPRISE'] }
const ME = { id: 5, username: 'demo-enterprise', role: 'ENTERPRISE', organizationId: 9, districts: [] }

describe('auth store', () => {
  let fetchMock
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    configureAuth(null)
  })

  it('logs in, keeps the tokens and who the user is in storage', async () => {
    fetchMock.mockResolvedValueOnce(json(TOKENS)).mockResolvedValueOnce(json(ME))
    const auth = useAuthStore()
    auth.install()

    await auth.login(' demo-enterprise ', 'scenehub-demo')

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/auth/login')
    expect(JSON.parse(init.body)).toEqual({ username: 'demo-enterprise', password: 'scenehub-demo' })
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe('Bearer a1')
    expect(auth.isAuthenticated).toBe(true)
    expect(auth.role).toBe('ENTERPRISE')
    expect(auth.roleName).toBe('企业用户')
    expect(auth.displayName).toBe('demo-enterprise')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY))).toMatchObject({ accessToken: 'a1', refreshToken: 'r1', user: ME })
  })

  it('a failed login leaves no session and rejects with the server message', async () => {
    fetchMock.mockResolvedValueOnce(json({ status: 401, title: 'Unauthorized', detail: '用户名或密码错误' }, 401))
    const auth = useAuthStore()
    auth.install()

    await expect(auth.login('x', 'y')).rejects.toMatchObject({ message: '用户名或密码错误' })
    expect(auth.isAuthenticated).toBe(false)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('restores a stored session on install (a reload stays signed in)', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...TOKENS, user: ME }))
    const auth = useAuthStore()
    auth.install()
    expect(auth.isAuthenticated).toBe(true)
    expect(auth.role).toBe('ENTERPRISE')
  })

  it('ignores unreadable storage', () => {
    localStorage.setItem(STORAGE_KEY, '{not json')
    const auth = useAuthStore()
    auth.install()
    expect(auth.isAuthenticated).toBe(false)
  })

  it('concurrent 401s share one refresh (refresh tokens are single-use) and both calls succeed', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...TOKENS, user: ME }))
    const auth = useAuthStore()
    auth.install()
    let refreshes = 0
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/v1/auth/refresh') {
        refreshes++
        expect(JSON.parse(init.body)).toEqual({ refreshToken: 'r1' })
        return json({ ...TOKENS, accessToken: 'a2', refreshToken: 'r2' })
      }
      return init.headers.Authorization === 'Bearer a2' ? json({ ok: url }) : json({ status: 401 }, 401)
    })

    const [one, two] = await Promise.all([request('/one'), request('/two')])

    expect(one).toEqual({ ok: '/api/v1/one' })
    expect(two).toEqual({ ok: '/api/v1/two' })
    expect(refreshes).toBe(1)
    expect(auth.accessToken).toBe('a2')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)).refreshToken).toBe('r2')
  })

  it('a refused refresh ends the session', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...TOKENS, user: ME }))
    const auth = useAuthStore()
    auth.install()
    fetchMock.mockImplementation(async (url) =>
      url === '/api/v1/auth/refresh' ? json({ status: 401, detail: '刷新令牌无效' }, 401) : json({ status: 401 }, 401),
    )

    await expect(request('/one')).rejects.toMatchObject({ status: 401 })
    expect(auth.isAuthenticated).toBe(false)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('logout revokes on the server with the refresh token and forgets the session', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...TOKENS, user: ME }))
    const auth = useAuthStore()
    auth.install()
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))

    await auth.logout()

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/auth/logout')
    expect(init.headers.Authorization).toBe('Bearer a1')
    expect(JSON.parse(init.body)).toEqual({ refreshToken: 'r1' })
    expect(auth.isAuthenticated).toBe(false)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('logout still forgets the session when the server cannot be reached', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...TOKENS, user: ME }))
    const auth = useAuthStore()
    auth.install()
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))

    await auth.logout()
    expect(auth.isAuthenticated).toBe(false)
  })
})
