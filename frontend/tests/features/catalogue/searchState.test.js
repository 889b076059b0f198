import { describe, expect, it } from 'vitest'
import { hasFilters, parseScenarioQuery, scenarioApiParams, scenarioQuery } from '@/features/catalogue/searchState'

describe('scenario search state in the URL', () => {
  it('an empty URL is the default search', () => {
    const state = parseScenarioQuery({})
    expect(state).toMatchObject({ q: '', category: [], mode: [], year: null, sort: '', page: 1, size: 20 })
    expect(hasFilters(state)).toBe(false)
    expect(scenarioQuery(state)).toEqual({})
  })

  it('round-trips every filter through the query string', () => {
    const query = {
      q: '数字孪生',
      category: ['RD', 'PROD'],
      mode: ['INTELLIGENT_MANUFACTURING'],
      industry: ['C29'],
      chain: '智能家电',
      region: ['370211', '370212'],
      year: '2026',
      batch: '2026-1',
      budgetMin: '50',
      budgetMax: '200',
      sort: 'newest',
      page: '3',
      size: '50',
    }
    const state = parseScenarioQuery(query)
    expect(state.year).toBe(2026)
    expect(state.budgetMin).toBe(50)
    expect(hasFilters(state)).toBe(true)
    expect(scenarioQuery(state)).toEqual(query)
  })

  it('a single list value arrives as a string (one ?category=) and becomes a list', () => {
    expect(parseScenarioQuery({ category: 'RD' }).category).toEqual(['RD'])
    expect(parseScenarioQuery({ category: ['RD', 'RD', ''] }).category).toEqual(['RD'])
  })

  it('junk typed into the address bar falls back to defaults instead of breaking the page', () => {
    const state = parseScenarioQuery({ page: '-2', size: '7', year: 'abc', sort: 'cheapest', budgetMin: 'x' })
    expect(state).toMatchObject({ page: 1, size: 20, year: null, sort: '', budgetMin: null })
  })

  it('turns the state into API parameters: pages from 0, budgets from 万元 to 元', () => {
    const params = scenarioApiParams(parseScenarioQuery({ q: 'AGV', budgetMin: '50', budgetMax: '120.5', page: '2', size: '10' }))
    expect(params).toMatchObject({ q: 'AGV', budgetMin: 500000, budgetMax: 1205000, page: 1, size: 10 })
    expect(params.sort).toBeUndefined()
    expect(params.year).toBeUndefined()
  })
})
