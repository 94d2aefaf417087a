/** How far loading every page has got. The text is not live: a screen reader hears start and end only. */
import type { PageProgress } from '../lib/load-all-pages.ts';

export function CollapseProgress({ progress, label }: { progress: PageProgress | undefined; label: string }) {
  const total = progress?.total ?? null;
  const loaded = progress?.loaded ?? 0;
  return (
    <div className="history-progress">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      <progress aria-label={label} max={total ?? 1} value={total === null ? undefined : loaded} />
      <span className="history-progress-text">
        {total === null ? 'Counting replies…' : `Loaded page ${loaded.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`}
      </span>
    </div>
  );
}
