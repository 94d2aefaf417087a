/** The New conversations panel: the total, its change on the comparison period, and the chart. */
import { formatCount } from '../../../lib/format/count.ts';
import { changeText, type ComparisonPanelModel } from '../lib/panel-models.ts';
import type { WallTheme } from '../../../../contract/url-state/wall-url-state.ts';
import { WALL_CHART_COLORS } from './chart-colors.ts';
import { WallChart } from './wall-chart.tsx';

interface ComparisonPanelProps {
  model: ComparisonPanelModel;
  theme: WallTheme;
}

export function ComparisonPanel({ model, theme }: ComparisonPanelProps) {
  const change = model.change ? changeText(model.change) : null;
  const title = `New conversations ${model.bucketLabel}, ${model.rangeLabel}${model.previousLabel ? ` against ${model.previousLabel}` : ''}`;
  return (
    <div className="wall-comparison">
      <div className="wall-comparison-figures">
        <p className="wall-figure-label">{model.inProgress ? 'So far' : 'Total'}</p>
        <p className="wall-big-number">{formatCount(model.total)}</p>
        {change && (
          <p className={`wall-change wall-change--${model.change?.direction ?? 'flat'}`}>
            <span aria-hidden="true">{change.value}</span>
            <span className="visually-hidden">{change.words}</span>
          </p>
        )}
        {model.previousTotal !== null && model.previousLabel && model.samePoint && (
          <p className="wall-figure-detail">
            against {formatCount(model.samePoint.previous)} to {model.samePoint.label} · {formatCount(model.previousTotal)} in all of {model.previousLabel}
          </p>
        )}
        {model.previousTotal !== null && model.previousLabel && !model.samePoint && (
          <p className="wall-figure-detail">
            {formatCount(model.previousTotal)} in {model.previousLabel}
          </p>
        )}
      </div>
      <div className="wall-comparison-chart">
        <ul className="wall-legend" aria-hidden="true">
          <li>
            <span className="wall-legend-line wall-legend-line--current" />
            {model.rangeLabel}
          </li>
          {model.previousLabel && (
            <li>
              <span className="wall-legend-line wall-legend-line--previous" />
              {model.previousLabel}
            </li>
          )}
        </ul>
        <WallChart points={model.points} tickLabels={model.tickLabels} title={title} colors={WALL_CHART_COLORS[theme]} />
      </div>
    </div>
  );
}
