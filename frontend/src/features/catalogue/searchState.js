import { buildQuery, parseQuery } from '@/utils/urlState'

export const PAGE_SIZES = [10, 20, 50]

export const SORTS = [
  { value: '', label: '默认排序' },
  { value: 'relevance', label: '相关度优先' },
  { value: 'newest', label: '最新发布' },
  { value: 'budget', label: '预算从高到低' },
]

/**
 * The scenario catalogue's state in the URL. Budgets are in 万元 in the URL (readable links);
 * pages count from 1 there, from 0 in the API.
 */
export const SCENARIO_SCHEMA = {
  q: { type: 'string' },
  category: { type: 'list' },
  mode: { type: 'list' },
  industry: { type: 'list' },
  chain: { type: 'string' },
  region: { type: 'list' },
  year: { type: 'int', min: 2000, max: 2100 },
  batch: { type: 'string' },
  budgetMin: { type: 'number', min: 0 },
  budgetMax: { type: 'number', min: 0 },
  sort: { type: 'enum', values: SORTS.map((s) => s.value), default: '' },
  page: { type: 'int', min: 1, max: 10000, default: 1 },
  size: { type: 'int', min: 1, max: 100, default: 20 },
}

export function parseScenarioQuery(query) {
  const state = parseQuery(query, SCENARIO_SCHEMA)
  if (!PAGE_SIZES.includes(state.size)) state.size = 20
  return state
}

export function scenarioQuery(state) {
  return buildQuery(state, SCENARIO_SCHEMA)
}

const WAN = 10000

/** The catalogue API's parameters for a state. */
export function scenarioApiParams(state) {
  return {
    q: state.q || undefined,
    category: state.category,
    mode: state.mode,
    industry: state.industry,
    chain: state.chain || undefined,
    region: state.region,
    year: state.year ?? undefined,
    batch: state.batch || undefined,
    budgetMin: state.budgetMin == null ? undefined : Math.round(state.budgetMin * WAN),
    budgetMax: state.budgetMax == null ? undefined : Math.round(state.budgetMax * WAN),
    sort: state.sort || undefined,
    page: state.page - 1,
    size: state.size,
  }
}

/** Any filter besides the query words set? (for the "clear all" button) */
export function hasFilters(state) {
  return (
    state.category.length > 0 ||
    state.mode.length > 0 ||
    state.industry.length > 0 ||
    state.region.length > 0 ||
    !!state.chain ||
    state.year != null ||
    !!state.batch ||
    state.budgetMin != null ||
    state.budgetMax != null
  )
}
