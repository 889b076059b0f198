import { scenarioMatrix, searchScenarios } from '@/api/client'

/** The two views of the 场景图谱: rows × scenario categories. */
export const VIEWS = {
  chain: { rows: 'chain', cols: 'category', rowLabel: '产业链：', title: '产业链 × 场景类别', filter: 'chain' },
  region: { rows: 'region', cols: 'category', rowLabel: '区县：', title: '区县 × 场景类别', filter: 'region' },
}

async function inBatches(items, size, fn) {
  const out = []
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))))
  return out
}

/**
 * The counts matrix of a view. Uses /catalogue/scenarios/matrix; while the server lacks it,
 * builds the same matrix from catalogue facets (one small search per chain, or per category).
 */
export async function loadMatrix(view, { year, taxonomy }) {
  const spec = VIEWS[view]
  const filters = { year: year ?? undefined }
  const direct = await scenarioMatrix({ rows: spec.rows, cols: spec.cols, ...filters })
  if (direct) return direct

  const cols = taxonomy.categories.map((c) => ({ key: c.code, name: c.name }))
  const cells = []
  const rows = new Map()
  if (view === 'chain') {
    const results = await inBatches(taxonomy.chains, 4, async (chain) => ({
      chain,
      r: await searchScenarios({ ...filters, chain: chainFilter(chain.code, taxonomy), size: 1 }),
    }))
    for (const { chain, r } of results) {
      if (!r.total) continue
      rows.set(chain.code, { key: chain.code, name: chain.name })
      for (const f of r.facets.category || []) cells.push({ row: chain.code, col: f.key, count: f.count })
    }
  } else {
    const results = await inBatches(cols, 4, async (col) => ({
      col,
      r: await searchScenarios({ ...filters, category: col.key, size: 1 }),
    }))
    for (const { col, r } of results) {
      for (const f of r.facets.region || []) {
        rows.set(f.key, { key: f.key, name: f.name || f.key })
        cells.push({ row: f.key, col: col.key, count: f.count })
      }
    }
  }
  return { rows: [...rows.values()], cols, cells }
}

/**
 * The catalogue's chain filter matches the scenario's chain as stored, which is the chain's
 * name (智能家电); a chain code from the vocabulary is turned into that name.
 */
export function chainFilter(key, taxonomy) {
  return taxonomy?.chains?.find((c) => c.code === key)?.name ?? key
}

/** The catalogue query (URL) a clicked cell opens. */
export function cellQuery(view, cell, year, taxonomy) {
  const row = view === 'chain' ? chainFilter(cell.row, taxonomy) : cell.row
  const query = { [VIEWS[view].filter]: row, category: cell.col }
  if (year != null) query.year = String(year)
  return query
}
