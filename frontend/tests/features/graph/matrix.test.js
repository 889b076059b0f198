import { beforeEach, describe, expect, it, vi } from 'vitest'
import { cellQuery, loadMatrix } from '@/features/graph/matrix'
import { scenarioMatrix, searchScenarios } from '@/api/client'

vi.mock('@/api/client', async (importOriginal) => ({
  ...(await importOriginal()),
  scenarioMatrix: vi.fn(),
  searchScenarios: vi.fn(),
}))

const taxonomy = {
  categories: [
    { code: 'RD', name: '研发设计' },
    { code: 'PROD', name: '生产制造' },
  ],
  chains: [
    { code: 'smart-home-appliances', name: '智能家电' },
    { code: 'new-energy-vehicles', name: '新能源汽车' },
  ],
}

describe('场景图谱 matrix', () => {
  beforeEach(() => {
    vi.mocked(scenarioMatrix).mockReset()
    vi.mocked(searchScenarios).mockReset()
  })

  it('uses the matrix endpoint when the server has it', async () => {
    const matrix = { rows: [{ key: 'a', name: 'A' }], cols: [{ key: 'RD', name: '研发设计' }], cells: [{ row: 'a', col: 'RD', count: 3 }] }
    vi.mocked(scenarioMatrix).mockResolvedValue(matrix)
    await expect(loadMatrix('chain', { year: 2026, taxonomy })).resolves.toBe(matrix)
    expect(scenarioMatrix).toHaveBeenCalledWith({ rows: 'chain', cols: 'category', year: 2026 })
    expect(searchScenarios).not.toHaveBeenCalled()
  })

  it('without it, builds chain × category from one search per chain, leaving out empty chains', async () => {
    vi.mocked(scenarioMatrix).mockResolvedValue(null)
    vi.mocked(searchScenarios).mockImplementation(async ({ chain }) =>
      chain === '智能家电'
        ? { total: 5, items: [], facets: { category: [{ key: 'PROD', name: '生产制造', count: 5 }] } }
        : { total: 0, items: [], facets: {} },
    )

    const m = await loadMatrix('chain', { year: null, taxonomy })

    // the catalogue matches chains by name, as scenarios store them
    expect(vi.mocked(searchScenarios).mock.calls.map((c) => c[0].chain)).toEqual(['智能家电', '新能源汽车'])
    expect(m.rows).toEqual([{ key: 'smart-home-appliances', name: '智能家电' }])
    expect(m.cols.map((c) => c.key)).toEqual(['RD', 'PROD'])
    expect(m.cells).toEqual([{ row: 'smart-home-appliances', col: 'PROD', count: 5 }])
  })

  it('without it, builds district × category from one search per category', async () => {
    vi.mocked(scenarioMatrix).mockResolvedValue(null)
    vi.mocked(searchScenarios).mockImplementation(async ({ category }) => ({
      total: 1,
      items: [],
      facets: { region: [{ key: '370211', name: '黄岛区', count: category === 'RD' ? 2 : 7 }] },
    }))
    const m = await loadMatrix('region', { year: 2026, taxonomy })
    expect(m.rows).toEqual([{ key: '370211', name: '黄岛区' }])
    expect(m.cells).toEqual([
      { row: '370211', col: 'RD', count: 2 },
      { row: '370211', col: 'PROD', count: 7 },
    ])
  })

  it('a cell opens the catalogue filtered to its row and column', () => {
    expect(cellQuery('chain', { row: 'smart-home-appliances', col: 'PROD' }, 2026, taxonomy)).toEqual({
      chain: '智能家电',
      category: 'PROD',
      year: '2026',
    })
    expect(cellQuery('region', { row: '370211', col: 'RD' }, null, taxonomy)).toEqual({ region: '370211', category: 'RD' })
  })
})
