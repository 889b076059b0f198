// API functions of the commissioner's and the administrator's workspaces. Every call goes through
// client.js's request(), so errors are ApiErrors with the problem's message and field errors.
import { API_BASE, ApiError, request } from './client'

const enc = encodeURIComponent

function page(data) {
  return {
    total: Number(data?.total) || 0,
    items: Array.isArray(data?.items) ? data.items : [],
  }
}

// ---- organizations and users ----

/** GET /organizations?kind=&status=&page=&size= → { total, items: [OrganizationView] } (scoped by the server). */
export async function listOrganizations(params = {}, options = {}) {
  return page(await request('/organizations', { ...options, query: params }))
}

/** POST /organizations/{id}/review { decision: APPROVE|REJECT|SUSPEND|REINSTATE, reason, version } */
export function reviewOrganization(id, body, options = {}) {
  return request(`/organizations/${enc(id)}/review`, { ...options, method: 'POST', body })
}

/** GET /organizations/{id}/users → [UserView] */
export async function organizationUsers(id, options = {}) {
  const data = await request(`/organizations/${enc(id)}/users`, options)
  return Array.isArray(data) ? data : []
}

/** POST /organizations/{id}/users { username, password, displayName, role, organizationId } → UserView */
export function createOrganizationUser(id, body, options = {}) {
  return request(`/organizations/${enc(id)}/users`, { ...options, method: 'POST', body })
}

/** GET /users → [UserView] (admins only). */
export async function listUsers(options = {}) {
  const data = await request('/users', options)
  return Array.isArray(data) ? data : []
}

// ---- scenarios ----

/** GET /scenarios?status=&year=&page=&size= → { total, items: [ScenarioView] } */
export async function listScenarios(params = {}, options = {}) {
  return page(await request('/scenarios', { ...options, query: params }))
}

/** POST /scenarios/{id}/transitions { action, reason, version } → ScenarioView */
export function transitionScenario(id, body, options = {}) {
  return request(`/scenarios/${enc(id)}/transitions`, { ...options, method: 'POST', body })
}

// ---- annual lists ----

/** GET /annual-lists → [{ year, lists: [{ id, slug, batch, title, count, publishedAt }] }] (published only). */
export async function publishedLists(options = {}) {
  const data = await request('/annual-lists', options)
  return Array.isArray(data?.years) ? data.years : []
}

/** GET /annual-lists/drafts → [{ id, slug, year, batch, title, version, updatedAt, count }] (admins). */
export function draftLists(options = {}) {
  return request('/annual-lists/drafts', options)
}

/** GET /annual-lists/{id} → AnnualListView with entries (admins; drafts too). */
export function getListById(id, options = {}) {
  return request(`/annual-lists/${enc(id)}`, options)
}

export function createList(body, options = {}) {
  return request('/annual-lists', { ...options, method: 'POST', body })
}

export function addListEntries(id, scenarioIds, version, options = {}) {
  return request(`/annual-lists/${enc(id)}/entries`, { ...options, method: 'POST', body: { scenarioIds, version } })
}

export function removeListEntry(id, scenarioId, version, options = {}) {
  return request(`/annual-lists/${enc(id)}/entries/${enc(scenarioId)}`, { ...options, method: 'DELETE', query: { version } })
}

export function reorderList(id, scenarioIds, version, options = {}) {
  return request(`/annual-lists/${enc(id)}/order`, { ...options, method: 'PUT', body: { scenarioIds, version } })
}

export function publishList(id, version, options = {}) {
  return request(`/annual-lists/${enc(id)}/publish`, { ...options, method: 'POST', body: { version } })
}

// ---- batch match plans ----

/** POST /annual-lists/{listId}/match-plans { perScenario, perProvider, localExposure } → 202 plan */
export function startPlan(listId, body, options = {}) {
  return request(`/annual-lists/${enc(listId)}/match-plans`, { ...options, method: 'POST', body })
}

export async function plansOfList(listId, options = {}) {
  const data = await request(`/annual-lists/${enc(listId)}/match-plans`, options)
  return Array.isArray(data) ? data : []
}

export function getPlan(id, options = {}) {
  return request(`/match-plans/${enc(id)}`, options)
}

/** GET /match-plans/{id}/items?scenarioId=&providerId=&page=&size= → { total, items } */
export async function planItems(id, params = {}, options = {}) {
  return page(await request(`/match-plans/${enc(id)}/items`, { ...options, query: params }))
}

export function addPlanItem(id, body, options = {}) {
  return request(`/match-plans/${enc(id)}/items`, { ...options, method: 'POST', body })
}

export function removePlanItem(id, itemId, options = {}) {
  return request(`/match-plans/${enc(id)}/items/${enc(itemId)}`, { ...options, method: 'DELETE' })
}

export function publishPlan(id, options = {}) {
  return request(`/match-plans/${enc(id)}/publish`, { ...options, method: 'POST' })
}

// ---- board ----

/** GET /board/pairs?region=&stage=&overdue=&dropped=&page=&size= → { total, items } */
export async function boardPairs(params = {}, options = {}) {
  return page(await request('/board/pairs', { ...options, query: params }))
}

/** GET /board/pairs/summary?region= → [{ stage, label, count, overdue }] */
export async function boardSummary(params = {}, options = {}) {
  const data = await request('/board/pairs/summary', { ...options, query: params })
  return Array.isArray(data) ? data : []
}

export function boardPair(id, options = {}) {
  return request(`/board/pairs/${enc(id)}`, options)
}

export function moveBoardPair(id, body, options = {}) {
  return request(`/board/pairs/${enc(id)}/moves`, { ...options, method: 'POST', body })
}

export function noteBoardPair(id, body, options = {}) {
  return request(`/board/pairs/${enc(id)}/notes`, { ...options, method: 'POST', body })
}

// ---- service requests (企业吹哨) and visits ----

export async function serviceRequests(params = {}, options = {}) {
  return page(await request('/service-requests', { ...options, query: params }))
}

export function acknowledgeRequest(id, options = {}) {
  return request(`/service-requests/${enc(id)}/acknowledge`, { ...options, method: 'POST' })
}

export function reassignRequest(id, body, options = {}) {
  return request(`/service-requests/${enc(id)}/assignee`, { ...options, method: 'POST', body })
}

export function closeRequest(id, body, options = {}) {
  return request(`/service-requests/${enc(id)}/close`, { ...options, method: 'POST', body })
}

export function logVisit(id, body, options = {}) {
  return request(`/service-requests/${enc(id)}/visits`, { ...options, method: 'POST', body })
}

export async function requestVisits(id, options = {}) {
  const data = await request(`/service-requests/${enc(id)}/visits`, options)
  return Array.isArray(data) ? data : Array.isArray(data?.items) ? data.items : []
}

/** GET /visits/stats?year= → { year, target, cityTotal, progress, districts, commissioners } */
export function visitStats(year, options = {}) {
  return request('/visits/stats', { ...options, query: { year } })
}

// ---- imports ----

/**
 * Uploads a file (.xlsx, .json, .ndjson) as a background import:
 * POST /admin/imports/{kind}?async=true (multipart "file") → the job { id, status, processed, ... }.
 * Multipart goes past request() (which sends JSON) but turns errors into ApiErrors the same way.
 */
export async function uploadImport(kind, file, { status, signal, token } = {}) {
  const form = new FormData()
  form.append('file', file, file.name)
  const qs = new URLSearchParams({ async: 'true' })
  if (status) qs.set('status', status)
  const headers = { Accept: 'application/json, application/problem+json' }
  if (token) headers.Authorization = `Bearer ${token}`
  let response
  try {
    response = await fetch(`${API_BASE}/admin/imports/${enc(kind)}?${qs}`, { method: 'POST', body: form, headers, signal })
  } catch (cause) {
    if (cause?.name === 'AbortError') throw cause
    throw new ApiError({ status: 0, title: '网络错误', detail: '无法连接服务器，请检查网络后重试', cause })
  }
  const text = await response.text()
  let body = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  if (!response.ok) {
    throw new ApiError({
      status: response.status,
      title: body?.title || '',
      detail: body?.detail || `上传失败（HTTP ${response.status}）`,
      errors: Array.isArray(body?.errors) ? body.errors.map((e) => ({ field: e.field || '', message: e.message || '' })) : [],
    })
  }
  return body
}

/** GET /admin/imports/jobs/{id} → { id, kind, status RUNNING|DONE|FAILED, processed, created, updated, rejectedCount, result, error } */
export function importJob(id, options = {}) {
  return request(`/admin/imports/jobs/${enc(id)}`, options)
}

// ---- taxonomy, dictionary, synonyms, reindex ----

export async function taxonomyTerms(kind, options = {}) {
  const data = await request(`/admin/taxonomy/${enc(kind)}`, options)
  return Array.isArray(data) ? data : []
}

export function saveTaxonomyTerm(kind, code, body, options = {}) {
  return request(`/admin/taxonomy/${enc(kind)}/${enc(code)}`, { ...options, method: 'PUT', body })
}

/** GET /admin/dictionary → { items: [{ id, term, normalized, createdBy, createdAt }], shippedTerms } */
export function dictionary(options = {}) {
  return request('/admin/dictionary', options)
}

export function addDictionaryTerm(term, options = {}) {
  return request('/admin/dictionary', { ...options, method: 'POST', body: { term } })
}

export function deleteDictionaryTerm(id, options = {}) {
  return request(`/admin/dictionary/${enc(id)}`, { ...options, method: 'DELETE' })
}

/** GET /admin/synonyms → { items: [{ id, terms, group, createdBy, createdAt }], shippedGroups } */
export function synonyms(options = {}) {
  return request('/admin/synonyms', options)
}

export function addSynonymGroup(terms, options = {}) {
  return request('/admin/synonyms', { ...options, method: 'POST', body: { terms } })
}

export function deleteSynonymGroup(id, options = {}) {
  return request(`/admin/synonyms/${enc(id)}`, { ...options, method: 'DELETE' })
}

/** POST /admin/search/reindex → 202 job { id, status, scenarios, providers, terms, ... } */
export function startReindex(options = {}) {
  return request('/admin/search/reindex', { ...options, method: 'POST' })
}

export function reindexJob(id, options = {}) {
  return request(`/admin/search/reindex/${enc(id)}`, options)
}

// ---- matching weights ----

/** GET /admin/matching/weights → { weights, version } */
export function matchWeights(options = {}) {
  return request('/admin/matching/weights', options)
}

export function saveMatchWeights(weights, options = {}) {
  return request('/admin/matching/weights', { ...options, method: 'PUT', body: weights })
}

export function resetMatchWeights(options = {}) {
  return request('/admin/matching/weights', { ...options, method: 'DELETE' })
}

// ---- matchmaking events (对接活动) ----

export async function events(options = {}) {
  const data = await request('/events', options)
  return Array.isArray(data) ? data : []
}

export function eventDetail(id, options = {}) {
  return request(`/events/${enc(id)}`, options)
}

/** POST /events { kind ROADSHOW|MATCHMAKING, title, startsAt, place, onlineLink, scenarioIds[] } → 201 */
export function createEvent(body, options = {}) {
  return request('/events', { ...options, method: 'POST', body })
}

export function shortlistInterest(id, interestId, shortlisted, options = {}) {
  return request(`/events/${enc(id)}/interests/${enc(interestId)}/shortlist`, { ...options, method: 'POST', body: { shortlisted } })
}

/** POST /events/{id}/cancel { reason } → the event, CANCELLED (organizer; planned events only) */
export function cancelEvent(id, reason, options = {}) {
  return request(`/events/${enc(id)}/cancel`, { ...options, method: 'POST', body: { reason } })
}

/** POST /events/{id}/outcomes { note, outcomes: [{ interestId, intention, followUp }] } */
export function recordOutcomes(id, body, options = {}) {
  return request(`/events/${enc(id)}/outcomes`, { ...options, method: 'POST', body })
}
