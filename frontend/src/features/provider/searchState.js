import { buildQuery, parseQuery } from '@/utils/urlState'

/** The provider pool's state in the URL (pages count from 1 there, from 0 in the API). */
export const PROVIDER_SCHEMA = {
  q: { type: 'string' },
  category: { type: 'list' },
  industry: { type: 'list' },
  techTag: { type: 'list' },
  region: { type: 'string' },
  platformType: { type: 'list' },
  maturityLevel: { type: 'list' },
  page: { type: 'int', min: 1, max: 10000, default: 1 },
  size: { type: 'int', min: 1, max: 100, default: 20 },
}

export function parseProviderQuery(query) {
  const state = parseQuery(query, PROVIDER_SCHEMA)
  state.maturityLevel = state.maturityLevel.filter((l) => ['1', '2', '3'].includes(l))
  if (![10, 20, 50].includes(state.size)) state.size = 20
  return state
}

export function providerQuery(state) {
  return buildQuery(state, PROVIDER_SCHEMA)
}

export function providerApiParams(state) {
  return {
    q: state.q || undefined,
    category: state.category,
    industry: state.industry,
    techTag: state.techTag,
    region: state.region || undefined,
    platformType: state.platformType,
    maturityLevel: state.maturityLevel,
    page: state.page - 1,
    size: state.size,
  }
}

export function hasProviderFilters(state) {
  return ['category', 'industry', 'techTag', 'platformType', 'maturityLevel'].some((k) => state[k].length > 0) || !!state.region
}

export const MATURITY = { 1: '一级（初创）', 2: '二级（成长）', 3: '三级（成熟）' }
