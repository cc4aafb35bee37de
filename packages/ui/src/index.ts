export { CascadeChart, type CascadeChartProps } from './charts/CascadeChart.js';
export { ChartLegend, type ChartLegendItem, type ChartLegendProps } from './charts/ChartLegend.js';
export { ChartTooltip, type ChartTooltipProps } from './charts/ChartTooltip.js';
export { CumulativeLineChart, type CumulativeLineChartProps } from './charts/CumulativeLineChart.js';
export { DivergingBarChart, type DivergingBarChartProps } from './charts/DivergingBarChart.js';
export {
  type AnswerCategory,
  DivergingStackedBars,
  type DivergingStackedBarsProps,
} from './charts/DivergingStackedBars.js';
export {
  type ForestDifference,
  ForestPlot,
  type ForestPlotProps,
  type ForestWave,
} from './charts/ForestPlot.js';
export { FunnelChart, type FunnelChartProps, type FunnelStep } from './charts/FunnelChart.js';
export { MonthBarChart, type MonthBarChartProps, type MonthBarSeries } from './charts/MonthBarChart.js';
export { StaircaseChart, type StaircaseChartProps } from './charts/StaircaseChart.js';
export { StateTileMap, type StateTileMapProps } from './charts/StateTileMap.js';
export { stateTileGrid } from './charts/stateTileGrid.js';
export {
  type TooltipContent,
  type TooltipHandlers,
  type TooltipState,
  useChartTooltip,
} from './charts/useChartTooltip.js';
export { applyValueFormat, type ValueFormat } from './format/applyValueFormat.js';
export { BERLIN_TIME_ZONE, dateInBerlin, todayInBerlin } from './format/berlinDate.js';
export { type FormatDecimalOptions, formatDecimal } from './format/formatDecimal.js';
export { type FormatMonthOptions, formatMonth } from './format/formatMonth.js';
export { type FormatNumberOptions, formatNumber } from './format/formatNumber.js';
export { type FormatPercentOptions, formatPercent } from './format/formatPercent.js';
export { AppShell, type AppShellProps } from './layout/AppShell.js';
export { ChartFrame, type ChartFrameProps } from './layout/ChartFrame.js';
export { DataTable, type DataTableColumn, type DataTableProps } from './layout/DataTable.js';
export { EmptyState, type EmptyStateProps } from './layout/EmptyState.js';
export { ErrorState, type ErrorStateProps } from './layout/ErrorState.js';
export { KpiCard, type KpiCardProps } from './layout/KpiCard.js';
export { LoadingState, type LoadingStateProps } from './layout/LoadingState.js';
export { SuppressedValue, type SuppressedValueProps } from './layout/SuppressedValue.js';
export { type TableCell, tableCell } from './layout/tableCell.js';
export { divergingColors, palette, readableTextColor } from './theme/palette.js';
