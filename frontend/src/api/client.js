// The one module that talks to the SceneHub backend. Every call goes to /api/v1/... with fetch.
// Errors come back as RFC 7807 problem details (application/problem+json); they are turned
// into an ApiError carrying status, title, detail and the per-field errors, if any.

export const API_BASE = '/api/v1'

/** Error thrown by every API function. `message` is the text to show to the user. */
export class ApiError extends Error {
  constructor({ status = 0, title = '', detail = '', type, instance, errors = [], cause } = {}) {
    super(detail || title || (status ? `请求失败（HTTP ${status}）` : '请求失败'))
    this.name = 'ApiError'
    this.status = status
    this.title = title
    this.detail = detail
    this.type = type
    this.instance = instance
    /** Per-field errors, normalised to [{ field, message }]. Empty when the problem has none. */
    this.errors = errors
    if (cause !== undefined) this.cause = cause
  }

  /** Messages for one field (e.g. to show under a form input). */
  fieldErrors(field) {
    return this.errors.filter((e) => e.field === field).map((e) => e.message)
  }
}

const NETWORK_MESSAGE = '无法连接服务器，请检查网络或确认后端服务已启动后重试'

function isJsonType(contentType) {
  return /^application\/([\w.+-]+\+)?json\b/i.test(contentType || '')
}

function asText(value) {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : String(value)
}

/**
 * Per-field errors appear in problem documents in a few shapes; all become [{ field, message }]:
 *   "errors": [{ "field"|"name"|"pointer"|"path": "...", "message"|"detail": "..." }]
 *   "errors": { "field": "message" | ["message", ...] }
 *   "violations": [{ "field": "...", "message": "..." }]   (Micronaut / Zalando problem)
 */
export function normalizeFieldErrors(problem) {
  if (!problem || typeof problem !== 'object') return []
  const out = []
  const fromList = (list) => {
    for (const item of list) {
      if (item === null || item === undefined) continue
      if (typeof item === 'string') {
        out.push({ field: '', message: item })
        continue
      }
      const field = asText(item.field ?? item.name ?? item.pointer ?? item.path ?? item.property ?? '')
      const message = asText(item.message ?? item.detail ?? item.reason ?? item.title ?? '')
      if (field || message) out.push({ field, message })
    }
  }
  const { errors, violations } = problem
  if (Array.isArray(errors)) {
    fromList(errors)
  } else if (errors && typeof errors === 'object') {
    for (const [field, value] of Object.entries(errors)) {
      for (const message of Array.isArray(value) ? value : [value]) {
        out.push({ field, message: asText(message) })
      }
    }
  }
  if (Array.isArray(violations)) fromList(violations)
  return out
}

async function readBody(response) {
  const text = await response.text()
  if (!text) return null
  if (isJsonType(response.headers.get('content-type'))) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

function problemToError(response, body) {
  const status = response.status
  if (body && typeof body === 'object') {
    // Micronaut's default JSON error has { message, _embedded: { errors: [{ message }] } }.
    const embedded = body._embedded && Array.isArray(body._embedded.errors) ? body._embedded.errors : null
    return new ApiError({
      status: Number.isInteger(body.status) ? body.status : status,
      title: asText(body.title ?? response.statusText),
      detail: asText(body.detail ?? body.message ?? (embedded && embedded[0] ? embedded[0].message : '')),
      type: body.type,
      instance: body.instance,
      errors: normalizeFieldErrors(body),
    })
  }
  return new ApiError({
    status,
    title: response.statusText || '',
    detail: `服务器返回错误（HTTP ${status}），请稍后重试`,
  })
}

// ---- authentication hooks ----
// The auth store plugs in here (configureAuth) so that this module stays the only one that talks
// to the backend: it adds the access token, and on a 401 asks the store to refresh once and retries.
let authHooks = null

/**
 * hooks: { getAccessToken(): string|null, refresh(): Promise<boolean>, onAuthLost(): void }.
 * Pass null to detach (tests).
 */
export function configureAuth(hooks) {
  authHooks = hooks
}

function buildUrl(path, query) {
  let url = API_BASE + path
  if (query) {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue
      // Arrays become repeated parameters (category=RD&category=PROD), as the API reads lists.
      for (const one of Array.isArray(value) ? value : [value]) {
        if (one !== undefined && one !== null && one !== '') params.append(key, one)
      }
    }
    const qs = params.toString()
    if (qs) url += (url.includes('?') ? '&' : '?') + qs
  }
  return url
}

/** The URL of an API resource, for links the browser follows itself (downloads). */
export function apiUrl(path, query) {
  return buildUrl(path, query)
}

async function send(url, { method, body, headers, signal, token }) {
  const init = {
    method,
    headers: { Accept: 'application/json, application/problem+json', ...headers },
    signal,
  }
  if (token) init.headers.Authorization = `Bearer ${token}`
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    // Multipart (uploads): the browser writes the boundary into the Content-Type itself.
    init.body = body
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  try {
    return await fetch(url, init)
  } catch (cause) {
    if (cause && cause.name === 'AbortError') throw cause
    throw new ApiError({ status: 0, title: '网络错误', detail: NETWORK_MESSAGE, cause })
  }
}

/**
 * Low-level request. `path` is relative to /api/v1 (e.g. "/taxonomy").
 * Resolves with the parsed JSON body (or null for an empty body), rejects with ApiError.
 * `anonymous: true` sends no token (login, refresh). A 401 on a request that carried a token
 * triggers one refresh and one retry; if the refresh fails, the session is dropped and the
 * request is retried once without a token.
 */
export async function request(path, { method = 'GET', query, body, headers, signal, anonymous = false } = {}) {
  const url = buildUrl(path, query)
  const token = !anonymous && authHooks ? authHooks.getAccessToken() : null
  let response = await send(url, { method, body, headers, signal, token })

  if (response.status === 401 && token && authHooks) {
    let refreshed = false
    try {
      refreshed = await authHooks.refresh()
    } catch {
      refreshed = false
    }
    if (!refreshed) authHooks.onAuthLost()
    // Once more: with the new token, or, the session being over, as a visitor (public pages
    // keep working for someone whose login expired).
    response = await send(url, { method, body, headers, signal, token: refreshed ? authHooks.getAccessToken() : null })
    if (refreshed && response.status === 401) authHooks.onAuthLost()
  }

  let parsed
  try {
    parsed = await readBody(response)
  } catch (cause) {
    throw new ApiError({ status: response.status, title: '网络错误', detail: NETWORK_MESSAGE, cause })
  }
  if (!response.ok) throw problemToError(response, parsed)
  if (parsed !== null && typeof parsed !== 'object') {
    throw new ApiError({
      status: response.status,
      title: '响应格式错误',
      detail: '服务器返回了无法识别的数据，请稍后重试',
    })
  }
  return parsed
}

const VOCABULARIES = ['modes', 'categories', 'sections', 'industries', 'regions', 'chains', 'techTags']

/**
 * GET /api/v1/taxonomy → every vocabulary as a list of { code, name, parentCode? }:
 * modes, categories, sections, industries, regions, chains, techTags (missing ones become []).
 */
export async function getTaxonomy(options = {}) {
  const data = await request('/taxonomy', options)
  const out = {}
  for (const key of VOCABULARIES) out[key] = Array.isArray(data?.[key]) ? data[key] : []
  return out
}

/** GET /api/v1/taxonomy/search?q= → [{ kind: 'MODE'|'CATEGORY', code, name }] */
export async function searchTaxonomy(q, options = {}) {
  const data = await request('/taxonomy/search', { ...options, query: { q } })
  return Array.isArray(data?.items) ? data.items : []
}

// ---- accounts ----

/** POST /auth/login → { accessToken, refreshToken, expiresIn, roles } */
export function login(username, password, options = {}) {
  return request('/auth/login', { ...options, method: 'POST', body: { username, password }, anonymous: true })
}

/** POST /auth/refresh → a new token pair (the refresh token is single-use). */
export function refreshTokens(refreshToken, options = {}) {
  return request('/auth/refresh', { ...options, method: 'POST', body: { refreshToken }, anonymous: true })
}

/** POST /auth/logout: revokes the access token and, when given, the refresh token. */
export function logout(refreshToken, options = {}) {
  return request('/auth/logout', { ...options, method: 'POST', body: { refreshToken } })
}

/** GET /auth/me → { id, username, role, organizationId, districts } */
export function getMe(options = {}) {
  return request('/auth/me', options)
}

// ---- public catalogue ----

function catalogueResult(data) {
  return {
    total: Number(data?.total) || 0,
    items: Array.isArray(data?.items) ? data.items : [],
    facets: data?.facets && typeof data.facets === 'object' ? data.facets : {},
    nextCursor: data?.nextCursor ?? null,
  }
}

/**
 * GET /catalogue/scenarios → { total, items, facets, nextCursor }. `params` are the API's query
 * parameters (q, year, batch, category[], mode[], industry[], chain, region[], budgetMin,
 * budgetMax, status, sort, page, size, cursor); list values are sent as repeated parameters.
 */
export async function searchScenarios(params = {}, options = {}) {
  return catalogueResult(await request('/catalogue/scenarios', { ...options, query: params }))
}

/** GET /catalogue/providers → { total, items, facets } */
export async function searchProviders(params = {}, options = {}) {
  return catalogueResult(await request('/catalogue/providers', { ...options, query: params }))
}

/**
 * GET /catalogue/suggest?q= → [{ text, kind }] (kind: term | scenario | provider).
 * Suggestions are a convenience: while the endpoint is missing (404) the answer is [].
 */
export async function suggest(q, options = {}) {
  const text = (q || '').trim()
  if (!text) return []
  try {
    const data = await request('/catalogue/suggest', { ...options, query: { q: text } })
    return Array.isArray(data?.items) ? data.items.filter((i) => i && i.text) : []
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return []
    throw err
  }
}

/**
 * GET /catalogue/scenarios/{id}/similar?size= → items, or null when the server has no such
 * endpoint yet (404), so the caller can fall back to a plain search.
 */
export async function similarScenarios(id, size = 5, options = {}) {
  try {
    const data = await request(`/catalogue/scenarios/${encodeURIComponent(id)}/similar`, { ...options, query: { size } })
    return Array.isArray(data?.items) ? data.items : []
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null
    throw err
  }
}

/**
 * GET /catalogue/scenarios/matrix?rows=&cols=&... → { rows:[{key,name}], cols:[{key,name}],
 * cells:[{row,col,count}] }, or null while the server lacks the endpoint (404).
 */
export async function scenarioMatrix(params, options = {}) {
  try {
    const data = await request('/catalogue/scenarios/matrix', { ...options, query: params })
    return {
      rows: Array.isArray(data?.rows) ? data.rows : [],
      cols: Array.isArray(data?.cols) ? data.cols : [],
      cells: Array.isArray(data?.cells) ? data.cells : [],
    }
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null
    throw err
  }
}

/** GET /scenarios/{id}: the public view of a published scenario (the full view for its owners). */
export function getScenario(id, options = {}) {
  return request(`/scenarios/${encodeURIComponent(id)}`, options)
}

/** GET /providers/{id}: a listed provider with its capability map, cases and products. */
export function getProvider(id, options = {}) {
  return request(`/providers/${encodeURIComponent(id)}`, options)
}

// ---- annual lists ----

/** GET /annual-lists → [{ year, lists: [{ id, slug, batch, title, count, publishedAt }] }], newest year first. */
export async function getAnnualLists(options = {}) {
  const data = await request('/annual-lists', options)
  return Array.isArray(data?.years) ? data.years : []
}

/** GET /annual-lists/by-slug/{slug} → { id, slug, year, batch, title, count, publishedAt } */
export function getAnnualList(slug, options = {}) {
  return request(`/annual-lists/by-slug/${encodeURIComponent(slug)}`, options)
}

/** GET /annual-lists/by-slug/{slug}/scenarios?page=&size= → { total, page, size, items } (numbered entries). */
export async function getAnnualListScenarios(slug, { page = 0, size = 20 } = {}, options = {}) {
  const data = await request(`/annual-lists/by-slug/${encodeURIComponent(slug)}/scenarios`, {
    ...options,
    query: { page, size },
  })
  return { total: Number(data?.total) || 0, items: Array.isArray(data?.items) ? data.items : [] }
}

/** Download link of a published list as a spreadsheet. */
export function annualListExportUrl(slug) {
  return apiUrl(`/annual-lists/by-slug/${encodeURIComponent(slug)}/export`, { format: 'xlsx' })
}
