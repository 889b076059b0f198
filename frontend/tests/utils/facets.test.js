import { describe, expect, it } from 'vitest'
import { bucketOptions, facetBuckets, vocabularyOptions } from '@/utils/facets'

const FACETS = {
  category: [{ key: 'PROD', name: '生产制造', count: 45 }],
  mode: [{ key: '智能化制造', name: '智能化制造', count: 40 }],
  region: [{ key: '370211', name: '黄岛区', count: 30 }, { key: '370212', count: 2 }],
}

describe('facet options', () => {
  it('lists a whole vocabulary, 0 where the answer counted nothing', () => {
    const categories = [{ code: 'RD', name: '研发设计' }, { code: 'PROD', name: '生产制造' }]
    expect(vocabularyOptions(categories, facetBuckets(FACETS, 'category'))).toEqual([
      { value: 'RD', label: '研发设计', count: 0 },
      { value: 'PROD', label: '生产制造', count: 45 },
    ])
  })

  it('counts an entry under any of its keys (the mode facet is keyed by name)', () => {
    const modes = [{ code: 'INTELLIGENT_MANUFACTURING', name: '智能化制造' }]
    const options = vocabularyOptions(modes, facetBuckets(FACETS, 'mode'), (m) => [m.name, m.code])
    expect(options).toEqual([{ value: 'INTELLIGENT_MANUFACTURING', label: '智能化制造', count: 40 }])
  })

  it('keeps a selected value the answer has no bucket for, so it can still be taken off', () => {
    const names = { 370203: '市北区' }
    const options = bucketOptions(facetBuckets(FACETS, 'region'), ['370211', '370203'], (v) => names[v])
    expect(options).toEqual([
      { value: '370211', label: '黄岛区', count: 30 },
      { value: '370212', label: '370212', count: 2 }, // no name: the key stands in
      { value: '370203', label: '市北区', count: 0 },
    ])
  })

  it('copes with an answer without facets', () => {
    expect(bucketOptions(facetBuckets(undefined, 'region'), [])).toEqual([])
    expect(vocabularyOptions([{ code: 'RD', name: '研发设计' }], facetBuckets({}, 'category'))[0].count).toBe(0)
  })
})
