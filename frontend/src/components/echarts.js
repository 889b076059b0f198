// Only the ECharts parts the app uses, so the bundle stays small.
import * as echarts from 'echarts/core'
import { BarChart, HeatmapChart, PieChart, RadarChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([
  BarChart,
  HeatmapChart,
  PieChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
])

export { echarts }

/** The portal's chart palette: calm government blues first. */
export const PALETTE = ['#1f6fd1', '#0b3d91', '#3ba0e6', '#5470c6', '#91cc75', '#73c0de', '#fac858', '#ee6666', '#9a60b4', '#fc8452']
