import type { FreshnessLabel } from '../lib/freshness-label.ts';

/** Always a time; amber while a refresh is failing, a full-width alarm after several. */
export function WallStatus({ label }: { label: FreshnessLabel }) {
  return (
    <div className={`wall-status wall-status--${label.tone}`} role="status">
      <span className="wall-status-text">{label.text}</span>
      {label.detail && <span className="wall-status-detail">{label.detail}</span>}
    </div>
  );
}
