/** The legend in HTML rather than SVG, so it wraps, zooms and reads like text. */
export function ChartLegend({ rangeLabel, previousLabel, showPartial }: { rangeLabel: string; previousLabel: string | null; showPartial: boolean }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      <li>
        <span className="legend-line legend-line--current" aria-hidden="true" />
        Current: {rangeLabel}
      </li>
      {previousLabel && (
        <li>
          <span className="legend-line legend-line--previous" aria-hidden="true" />
          Comparison: {previousLabel}
        </li>
      )}
      {showPartial && (
        <li>
          <span className="legend-line legend-line--partial" aria-hidden="true" />
          In progress (not final)
        </li>
      )}
    </ul>
  );
}
