import type { ViewBy } from '../../../../contract/api/schemas.ts';
import { formatBucketSpan } from '../../../lib/dates/format.ts';
import type { Headline } from '../lib/headline.ts';
import { formatCount, formatPercentChange, formatSignedCount } from '../../../lib/format/count.ts';

interface HeadlineFiguresProps {
  headline: Headline;
  viewBy: ViewBy;
  tz: string;
  rangeLabel: string;
  previousLabel: string | null;
  samePointLabel: string | null;
}

const BUSIEST: Record<ViewBy, string> = { day: 'Busiest day', week: 'Busiest week', month: 'Busiest month' };

function Figure({ label, value, detail, tone }: { label: string; value: string; detail: string; tone?: string }) {
  return (
    <div className={`figure${tone ? ` figure--${tone}` : ''}`} role="group" aria-label={label}>
      <p className="figure-label" aria-hidden="true">{label}</p>
      <p className={`figure-value${value.length > 14 ? ' figure-value--long' : ''}`}>{value}</p>
      <p className="figure-detail">{detail}</p>
    </div>
  );
}

function ChangeFigure({ headline }: { headline: Headline }) {
  const { change, previousTotal, soFar } = headline;
  if (!change) return null;
  const against = soFar ? 'on the same point of the comparison period' : 'on the comparison period';
  const arrow = change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '■';
  const words = change.direction === 'up' ? 'Up' : change.direction === 'down' ? 'Down' : 'No change';
  if (change.direction === 'flat') {
    const none = (soFar ? soFar.previous : previousTotal) === 0;
    return <Figure label="Change" value={`${arrow} No change`} detail={none ? 'None in either period' : `Same as ${soFar ? 'at the same point' : 'before'}`} tone="flat" />;
  }
  const percent = change.relative === null ? null : formatPercentChange(change.relative);
  return (
    <Figure
      label="Change"
      value={`${arrow} ${formatSignedCount(change.absolute)}${percent ? ` (${percent})` : ''}`}
      detail={percent ? `${words} ${against}` : `${words}: none ${soFar ? 'at the same point of' : 'in'} the comparison period, so no percentage`}
      tone={change.direction}
    />
  );
}

/** Totals first: the answer to "how much came in, and is it more than before?". */
export function HeadlineFigures({ headline, viewBy, tz, rangeLabel, previousLabel, samePointLabel }: HeadlineFiguresProps) {
  const { busiest, soFar } = headline;
  return (
    <section className="figures" aria-label="Headline figures">
      <Figure
        label="New conversations"
        value={formatCount(headline.currentTotal)}
        detail={headline.inProgress ? `${rangeLabel} · so far` : rangeLabel}
      />
      {headline.previousTotal !== null && previousLabel && (
        <Figure
          label="Comparison period"
          value={formatCount(soFar ? soFar.previous : headline.previousTotal)}
          detail={soFar && samePointLabel ? `to ${samePointLabel} · ${formatCount(headline.previousTotal)} in all of ${previousLabel}` : previousLabel}
        />
      )}
      <ChangeFigure headline={headline} />
      <Figure
        label={BUSIEST[viewBy]}
        value={busiest ? formatBucketSpan(busiest.start, busiest.end, tz, viewBy) : '—'}
        detail={busiest ? `${formatCount(busiest.count)} conversations` : 'No conversations yet'}
      />
    </section>
  );
}

/** Same boxes, no numbers: holds the figures' place while the first answer loads. */
export function FiguresPlaceholder() {
  return (
    <div className="figures figures--placeholder" aria-hidden="true">
      {['New conversations', 'Comparison period', 'Change', 'Busiest'].map((label) => (
        <div className="figure" key={label}>
          <p className="figure-label">{label}</p>
          <p className="figure-value">–</p>
          <p className="figure-detail">&nbsp;</p>
        </div>
      ))}
    </div>
  );
}
