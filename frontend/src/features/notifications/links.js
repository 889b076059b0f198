// A notification's link is the API path of its record (/api/v1/scenarios/12/...); this finds the
// portal page that shows it for the reader's role, or null.
export function pageOf(link, role) {
  if (!link) return null
  const path = link.replace(/^\/api\/v1/, '')
  const scenario = path.match(/^\/scenarios\/(\d+)/)
  if (scenario) {
    if (role === 'ENTERPRISE') return { name: 'ws-enterprise-scenario', params: { id: scenario[1] } }
    if (role === 'PROVIDER') return { name: 'ws-provider-scenario', params: { id: scenario[1] } }
    return `/scenarios/${scenario[1]}`
  }
  // A digest of many new scenarios (an imported annual list) opens the provider's matched feed.
  if (/^\/providers\/\d+\/matches/.test(path) && role === 'PROVIDER') return { name: 'ws-scenario-feed' }
  if (/^\/invitations/.test(path) && role === 'PROVIDER') return { name: 'ws-invitations' }
  if (/^\/service-requests/.test(path) && role === 'ENTERPRISE') return { name: 'ws-my-service-requests' }
  if (/^\/service-requests/.test(path) && (role === 'COMMISSIONER' || role === 'ADMIN')) return { name: 'ws-service-requests' }
  if (/^\/board/.test(path) && (role === 'COMMISSIONER' || role === 'ADMIN')) return { name: 'ws-board' }
  return null
}
