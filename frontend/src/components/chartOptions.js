// ECharts options for the portal's recurring charts, built from facet lists ({ key, name, count }).
import { PALETTE } from './echarts'

const AXIS_LABEL = { color: '#5e6d82', fontSize: 12 }

function shorten(text, max = 8) {
  const s = String(text ?? '')
  return s.length > max ? `${s.slice(0, max)}…` : s
}

/** Horizontal bars, largest on top (category, district, industry counts). */
export function barOption(facets, { name = '场景数', limit = 12 } = {}) {
  const top = [...facets].sort((a, b) => b.count - a.count).slice(0, limit).reverse()
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL, splitLine: { lineStyle: { color: '#eef1f6' } } },
    yAxis: {
      type: 'category',
      data: top.map((f) => f.name || f.key),
      axisLabel: { ...AXIS_LABEL, formatter: (v) => shorten(v, 10) },
      axisTick: { show: false },
    },
    series: [
      {
        name,
        type: 'bar',
        data: top.map((f) => ({ value: f.count, key: f.key })),
        barMaxWidth: 18,
        itemStyle: { borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right', color: '#1f2d3d' },
      },
    ],
  }
}

/** A doughnut of shares (e.g. scenarios by category). */
export function pieOption(facets, { name = '场景数' } = {}) {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { type: 'scroll', bottom: 0, textStyle: { fontSize: 12 } },
    series: [
      {
        name,
        type: 'pie',
        radius: ['38%', '64%'],
        center: ['50%', '42%'],
        avoidLabelOverlap: true,
        label: { show: false },
        data: facets.map((f) => ({ name: f.name || f.key, value: f.count, key: f.key })),
      },
    ],
  }
}

/**
 * A heatmap of a matrix { rows:[{key,name}], cols:[{key,name}], cells:[{row,col,count}] };
 * each data item carries its row and column keys for click handling.
 */
export function heatmapOption(matrix, { rowLabel = '', colLabel = '', valueName = '场景数' } = {}) {
  const rowIndex = new Map(matrix.rows.map((r, i) => [r.key, i]))
  const colIndex = new Map(matrix.cols.map((c, i) => [c.key, i]))
  const data = []
  let max = 0
  for (const cell of matrix.cells) {
    const x = colIndex.get(cell.col)
    const y = rowIndex.get(cell.row)
    if (x === undefined || y === undefined) continue
    max = Math.max(max, cell.count)
    data.push({ value: [x, y, cell.count], row: cell.row, col: cell.col })
  }
  return {
    tooltip: {
      position: 'top',
      formatter: (p) =>
        `${rowLabel}${matrix.rows[p.value[1]]?.name}<br/>${colLabel}${matrix.cols[p.value[0]]?.name}<br/>${valueName}：<b>${p.value[2]}</b>`,
    },
    grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
    xAxis: {
      type: 'category',
      data: matrix.cols.map((c) => c.name),
      splitArea: { show: true },
      axisLabel: { ...AXIS_LABEL, interval: 0, rotate: 35, formatter: (v) => shorten(v, 6) },
    },
    yAxis: {
      type: 'category',
      inverse: true, // first row on top, as in a table
      data: matrix.rows.map((r) => r.name),
      splitArea: { show: true },
      axisLabel: { ...AXIS_LABEL, formatter: (v) => shorten(v, 9) },
    },
    visualMap: {
      min: 0,
      max: Math.max(1, max),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      inRange: { color: ['#f0f6ff', '#9cc3f5', '#1f6fd1', '#0b3d91'] },
    },
    series: [
      {
        name: valueName,
        type: 'heatmap',
        data,
        label: { show: true, fontSize: 11, formatter: (p) => (p.value[2] ? p.value[2] : '') },
        emphasis: { itemStyle: { shadowBlur: 8, shadowColor: 'rgb(0 0 0 / 30%)' } },
      },
    ],
  }
}
