// Talks to the app's HTTP API directly, for test set-up that is not what a test is about
// (e.g. an admin publishing a list that a public page then shows). Errors name the problem.
import { BASE_URL } from './browser.mjs'
import { PASSWORD, ROLES } from './accounts.mjs'

export async function api(path, { method = 'GET', token, body } = {}) {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const data = text && /json/.test(response.headers.get('content-type') || '') ? JSON.parse(text) : text
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${data?.detail || text}`)
  return data
}

/** An access token of a demo account. */
export async function tokenOf(role) {
  const { accessToken } = await api('/auth/login', {
    method: 'POST',
    body: { username: ROLES[role].username, password: PASSWORD },
  })
  return accessToken
}

/** Publishes an annual list of the given scenarios as demo-admin; resolves with its header. */
export async function publishAnnualList({ year, batch, title, scenarioIds }) {
  const token = await tokenOf('ADMIN')
  const list = await api('/annual-lists', { method: 'POST', token, body: { year, batch, title } })
  const filled = await api(`/annual-lists/${list.id}/entries`, { method: 'POST', token, body: { scenarioIds } })
  return api(`/annual-lists/${list.id}/publish`, { method: 'POST', token, body: { version: filled.version } })
}
