import type { ReactNode } from 'react';

/**
 * While the server assembles every row of the range (for collapsing, or the whole-range export):
 * one request, so no page count to show. The text is not live; `children`: controls beside it.
 */
export function CollapseProgress({ label, text = 'Loading every reply of the range…', children }: { label: string; text?: string; children?: ReactNode }) {
  return (
    <div className="history-progress">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      <progress aria-label={label} />
      <span className="history-progress-text">{text}</span>
      {children}
    </div>
  );
}
