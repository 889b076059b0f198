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

/**
 * Low-level request. `path` is relative to /api/v1 (e.g. "/taxonomy").
 * Resolves with the parsed JSON body (or null for an empty body), rejects with ApiError.
 */
export async function request(path, { method = 'GET', query, body, headers, signal } = {}) {
  let url = API_BASE + path
  if (query) {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params.append(key, value)
    }
    const qs = params.toString()
    if (qs) url += (url.includes('?') ? '&' : '?') + qs
  }
  const init = {
    method,
    headers: { Accept: 'application/json, application/problem+json', ...headers },
    signal,
  }
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }

  let response
  try {
    response = await fetch(url, init)
  } catch (cause) {
    if (cause && cause.name === 'AbortError') throw cause
    throw new ApiError({ status: 0, title: '网络错误', detail: NETWORK_MESSAGE, cause })
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

/** GET /api/v1/taxonomy → { modes: [{code, name}], categories: [{code, name}] } */
export async function getTaxonomy(options = {}) {
  const data = await request('/taxonomy', options)
  return {
    modes: Array.isArray(data?.modes) ? data.modes : [],
    categories: Array.isArray(data?.categories) ? data.categories : [],
  }
}

/** GET /api/v1/taxonomy/search?q= → [{ kind: 'MODE'|'CATEGORY', code, name }] */
export async function searchTaxonomy(q, options = {}) {
  const data = await request('/taxonomy/search', { ...options, query: { q } })
  return Array.isArray(data?.items) ? data.items : []
}
