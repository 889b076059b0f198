// The workspace side of the API for enterprises and providers: their scenarios, matches,
// proposals, invitations, Q&A, service requests, subscriptions and the inbox. Every call goes
// through client.js's request(), so errors are ApiErrors with the problem's field errors.
import { request } from './client'

const id = (v) => encodeURIComponent(v)
const list = (data) => (Array.isArray(data) ? data : Array.isArray(data?.items) ? data.items : [])
const page = (data) => ({ total: Number(data?.total) || 0, items: list(data) })

// ---- scenarios (the owner's view) ----

/** GET /scenarios?status=&year=&page=&size= → { total, items: [ScenarioView] } (the caller’s own, in the server’s order). */
export async function myScenarios(params = {}, options = {}) {
  return page(await request('/scenarios', { ...options, query: params }))
}
export const getScenarioFull = (sid, options = {}) => request(`/scenarios/${id(sid)}`, options)
export const createScenario = (form, options = {}) => request('/scenarios', { ...options, method: 'POST', body: form })
export const updateScenario = (sid, form, options = {}) =>
  request(`/scenarios/${id(sid)}`, { ...options, method: 'PUT', body: form })
/** POST /scenarios/{id}/transitions {action: SUBMIT|WITHDRAW|…, reason, version} → ScenarioView */
export const moveScenario = (sid, action, version, reason, options = {}) =>
  request(`/scenarios/${id(sid)}/transitions`, { ...options, method: 'POST', body: { action, version, reason } })

// ---- matches ----

export async function scenarioMatches(sid, limit = 10, options = {}) {
  return list(await request(`/scenarios/${id(sid)}/matches`, { ...options, query: { limit } }))
}
export async function providerMatches(pid, limit = 20, options = {}) {
  return list(await request(`/providers/${id(pid)}/matches`, { ...options, query: { limit } }))
}
/** verdict: GOOD | NOT_A_FIT | CONTACTED | CONTRACTED; NOT_A_FIT needs a reason. */
export const giveFeedback = (sid, providerId, verdict, reason, options = {}) =>
  request(`/scenarios/${id(sid)}/matches/${id(providerId)}/feedback`, {
    ...options,
    method: 'POST',
    body: { verdict, reason: reason || null },
  })

// ---- invitations and confidentiality ----

export const invite = (sid, providerId, message, options = {}) =>
  request(`/scenarios/${id(sid)}/invitations`, { ...options, method: 'POST', body: { providerId, message } })
export const scenarioInvitations = async (sid, options = {}) =>
  list(await request(`/scenarios/${id(sid)}/invitations`, options))
export const myInvitations = async (options = {}) => list(await request('/invitations', options))
export const answerInvitation = (iid, decision, reason, options = {}) =>
  request(`/invitations/${id(iid)}/answer`, { ...options, method: 'POST', body: { decision, reason: reason || null } })
export const confidentialityTerms = (options = {}) => request('/confidentiality-terms', options)
export const acceptConfidentiality = (sid, termsVersion, options = {}) =>
  request(`/scenarios/${id(sid)}/confidentiality`, { ...options, method: 'POST', body: { termsVersion } })
export const confidentialDetails = (sid, options = {}) => request(`/scenarios/${id(sid)}/confidential`, options)

// ---- proposals ----

export const scenarioProposals = async (sid, options = {}) => list(await request(`/scenarios/${id(sid)}/proposals`, options))
export const myProposals = async (options = {}) => list(await request('/proposals', options))
export const submitProposal = (sid, form, options = {}) =>
  request(`/scenarios/${id(sid)}/proposals`, { ...options, method: 'POST', body: form })
export const reviseProposal = (pid, form, options = {}) =>
  request(`/proposals/${id(pid)}`, { ...options, method: 'PUT', body: form })
export const withdrawProposal = (pid, version, options = {}) =>
  request(`/proposals/${id(pid)}/withdraw`, { ...options, method: 'POST', body: { version } })
/** decision: SHORTLIST | DECLINE | AWARD (DECLINE needs a reason). */
export const decideProposal = (pid, decision, reason, options = {}) =>
  request(`/proposals/${id(pid)}/decisions`, { ...options, method: 'POST', body: { decision, reason: reason || null } })
export const recordContract = (pid, signedOn, amount, options = {}) =>
  request(`/proposals/${id(pid)}/contract`, { ...options, method: 'POST', body: { signedOn, amount } })
/** ratings: [{providerId, rating 1–5, comment}] */
export const acceptScenario = (sid, outcome, ratings, options = {}) =>
  request(`/scenarios/${id(sid)}/acceptance`, { ...options, method: 'POST', body: { outcome, ratings } })
export function uploadAttachment(pid, file, options = {}) {
  const body = new FormData()
  body.append('file', file)
  return request(`/proposals/${id(pid)}/attachments`, { ...options, method: 'POST', body })
}
export const deleteAttachment = (pid, aid, options = {}) =>
  request(`/proposals/${id(pid)}/attachments/${id(aid)}`, { ...options, method: 'DELETE' })

// ---- Q&A ----

export const scenarioQuestions = async (sid, options = {}) => list(await request(`/scenarios/${id(sid)}/questions`, options))
export const askQuestion = (sid, question, options = {}) =>
  request(`/scenarios/${id(sid)}/questions`, { ...options, method: 'POST', body: { question } })
export const answerQuestion = (qid, answer, visibility, options = {}) =>
  request(`/questions/${id(qid)}/answer`, { ...options, method: 'POST', body: { answer, visibility } })

// ---- service requests (企业吹哨) ----

export async function myServiceRequests(params = {}, options = {}) {
  return page(await request('/service-requests', { ...options, query: params }))
}
export const raiseServiceRequest = (form, options = {}) =>
  request('/service-requests', { ...options, method: 'POST', body: form })
export const serviceRequestVisits = async (rid, options = {}) =>
  list(await request(`/service-requests/${id(rid)}/visits`, options))

// ---- provider profile ----

export const getProviderFull = (pid, options = {}) => request(`/providers/${id(pid)}`, options)
export const saveProviderProfile = (pid, form, options = {}) =>
  request(`/providers/${id(pid)}/profile`, { ...options, method: 'PUT', body: form })
/** POST /providers/{id}/pool {action: APPLY, reason, version} */
export const applyToPool = (pid, version, options = {}) =>
  request(`/providers/${id(pid)}/pool`, { ...options, method: 'POST', body: { action: 'APPLY', version } })

// ---- subscriptions ----

export const mySubscriptions = async (options = {}) => list(await request('/subscriptions', options))
export const subscribe = (form, options = {}) => request('/subscriptions', { ...options, method: 'POST', body: form })
export const unsubscribe = (sid, options = {}) => request(`/subscriptions/${id(sid)}`, { ...options, method: 'DELETE' })

// ---- notifications ----

export async function notifications(params = {}, options = {}) {
  return page(await request('/notifications', { ...options, query: params }))
}
export async function unreadCount(options = {}) {
  const data = await request('/notifications/unread-count', options)
  return Number(data?.unread) || 0
}
export const markRead = (nid, options = {}) => request(`/notifications/${id(nid)}/read`, { ...options, method: 'POST' })
export const markAllRead = (options = {}) => request('/notifications/read-all', { ...options, method: 'POST' })
