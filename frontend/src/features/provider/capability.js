// A provider's capability map as chart data: which scenario categories it serves in which
// industries (a matrix), and how its capabilities spread over the six application modes.

/** { rows: categories served, cols: industries served, cells: [{row, col, count}] } */
export function capabilityMatrix(capabilities, name) {
  const rows = new Map()
  const cols = new Map()
  const cells = new Map()
  for (const cap of capabilities || []) {
    if (!cap?.category) continue
    rows.set(cap.category, { key: cap.category, name: name('categories', cap.category) })
    const industries = cap.industries?.length ? cap.industries : ['*']
    for (const industry of industries) {
      cols.set(industry, { key: industry, name: industry === '*' ? '不限行业' : name('industries', industry) })
      const key = `${cap.category}\u0000${industry}`
      cells.set(key, (cells.get(key) || 0) + 1)
    }
  }
  return {
    rows: [...rows.values()],
    cols: [...cols.values()],
    cells: [...cells.entries()].map(([k, count]) => {
      const [row, col] = k.split('\u0000')
      return { row, col, count }
    }),
  }
}

/** The number of capabilities naming each mode (by code or name), in the vocabulary's order. */
export function modeCoverage(capabilities, modes) {
  return modes.map((m) => ({
    name: m.name,
    count: (capabilities || []).filter((c) => (c.modes || []).some((x) => x === m.code || x === m.name)).length,
  }))
}

export function radarOption(coverage) {
  const max = Math.max(1, ...coverage.map((c) => c.count))
  return {
    color: ['#1f6fd1'],
    tooltip: {},
    radar: {
      indicator: coverage.map((c) => ({ name: c.name, max })),
      radius: '62%',
      axisName: { color: '#3c4a5c', fontSize: 12 },
      splitArea: { areaStyle: { color: ['#f7faff', '#eef4fd'] } },
    },
    series: [
      {
        type: 'radar',
        name: '应用模式覆盖',
        data: [{ value: coverage.map((c) => c.count), name: '能力条目数', areaStyle: { opacity: 0.25 } }],
      },
    ],
  }
}
