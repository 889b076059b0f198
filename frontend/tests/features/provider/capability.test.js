import { describe, expect, it } from 'vitest'
import { capabilityMatrix, modeCoverage } from '@/features/provider/capability'

const names = { categories: { PROD: '生产制造', EQUIP: '设备管理与运维' }, industries: { C29: '橡胶和塑料制品业', C36: '汽车制造业' } }
const name = (kind, code) => names[kind]?.[code] || code

describe('capability map', () => {
  it('counts each category × industry pair over the capability entries', () => {
    const m = capabilityMatrix(
      [
        { category: 'PROD', industries: ['C29', 'C36'] },
        { category: 'PROD', industries: ['C29'] },
        { category: 'EQUIP', industries: [] },
      ],
      name,
    )
    expect(m.rows).toEqual([
      { key: 'PROD', name: '生产制造' },
      { key: 'EQUIP', name: '设备管理与运维' },
    ])
    expect(m.cols.map((c) => c.name)).toEqual(['橡胶和塑料制品业', '汽车制造业', '不限行业'])
    expect(m.cells).toEqual([
      { row: 'PROD', col: 'C29', count: 2 },
      { row: 'PROD', col: 'C36', count: 1 },
      { row: 'EQUIP', col: '*', count: 1 },
    ])
  })

  it('is empty without capabilities', () => {
    expect(capabilityMatrix(undefined, name)).toEqual({ rows: [], cols: [], cells: [] })
  })

  it('counts the modes by code or by name, in the vocabulary order', () => {
    const modes = [
      { code: 'DIGITAL_MANAGEMENT', name: '数字化管理' },
      { code: 'INTELLIGENT_MANUFACTURING', name: '智能化制造' },
    ]
    const coverage = modeCoverage([{ modes: ['智能化制造'] }, { modes: ['INTELLIGENT_MANUFACTURING', '数字化管理'] }, {}], modes)
    expect(coverage).toEqual([
      { name: '数字化管理', count: 1 },
      { name: '智能化制造', count: 2 },
    ])
  })
})
