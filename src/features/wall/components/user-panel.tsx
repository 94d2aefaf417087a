/** One user's panel: replies and conversations in the range, and their median times. */
import { formatCount } from '../../../lib/format/count.ts';
import { formatDuration } from '../../../lib/format/duration.ts';
import type { UserPanelModel } from '../lib/panel-models.ts';
import { PanelProblem } from './panel-states.tsx';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="wall-user-figure" role="group" aria-label={label}>
      <p className="wall-figure-label" aria-hidden="true">
        {label}
      </p>
      <p className="wall-figure-value">{value}</p>
    </div>
  );
}

const duration = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds));

export function UserPanel({ model }: { model: UserPanelModel }) {
  if (model.kind === 'too-large') {
    return (
      <PanelProblem
        title={`${formatCount(model.replies)} replies: too many to summarise at every refresh`}
        message={`The range spans ${formatCount(model.pages)} pages of history. Choose a shorter range for this wall.`}
      />
    );
  }
  const { summary } = model;
  return (
    <div className="wall-user-figures">
      <Figure label="Replies" value={formatCount(summary.replies)} />
      <Figure label="Conversations" value={formatCount(summary.conversations)} />
      <Figure label="Median response time" value={duration(summary.medianResponseTime)} />
      <Figure label="Median resolve time" value={duration(summary.medianResolveTime)} />
    </div>
  );
}
