/** When the chart first shows its lines (time to chart); the benchmark (bench/perf.ts) reads it. */
export const CHART_DRAWN_MARK = 'pulseboard:chart-drawn';
/** How long each render of the chart takes (performance.measure); big ranges must not jank. */
export const CHART_RENDER_MEASURE = 'pulseboard:chart-render';
