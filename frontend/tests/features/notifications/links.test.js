import { describe, expect, it } from 'vitest'
import { pageOf } from '@/features/notifications/links'

describe('a notification opens the page that shows its record', () => {
  it('opens a scenario in the reader’s own workspace, or the public page', () => {
    expect(pageOf('/api/v1/scenarios/12', 'PROVIDER')).toEqual({ name: 'ws-provider-scenario', params: { id: '12' } })
    expect(pageOf('/api/v1/scenarios/12/proposals/3', 'ENTERPRISE')).toEqual({ name: 'ws-enterprise-scenario', params: { id: '12' } })
    expect(pageOf('/api/v1/scenarios/12', 'COMMISSIONER')).toBe('/scenarios/12')
  })

  it('opens the matched feed for a digest of an imported annual list, for providers only', () => {
    expect(pageOf('/api/v1/providers/7/matches', 'PROVIDER')).toEqual({ name: 'ws-scenario-feed' })
    expect(pageOf('/api/v1/providers/7/matches', 'ADMIN')).toBeNull()
  })

  it('has no page for a message without a link or with an unknown one', () => {
    expect(pageOf(null, 'PROVIDER')).toBeNull()
    expect(pageOf('/api/v1/somewhere', 'PROVIDER')).toBeNull()
  })
})
