/** The paged view's whole-range export: its button in the card header, its progress and messages above the table. */
import type { RefObject } from 'react';
import type { ExportAllReplies } from '../hooks/use-export-all-replies.ts';
import { exportAllOutcomeText, exportAllProgressText, replyCount } from '../lib/export-all-state.ts';
import { CollapseProgress } from './collapse-progress.tsx';
import { HistoryError, TooManyPages } from './history-states.tsx';

/** `replies`: the API's count on the page on screen. While a run goes, aria-disabled, so the focus stays on it. */
export function ExportAllButton({
  exportAll,
  replies,
  disabled,
  buttonRef,
}: {
  exportAll: ExportAllReplies;
  replies: number;
  disabled: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
}) {
  const running = exportAll.state.kind === 'fetching';
  return (
    <button
      ref={buttonRef}
      type="button"
      className="button"
      disabled={disabled}
      aria-disabled={running || undefined}
      onClick={() => {
        if (!running) exportAll.start(replies);
      }}
    >
      Export CSV (all {replyCount(replies)})
    </button>
  );
}

export function ExportAllNotice({ exportAll }: { exportAll: ExportAllReplies }) {
  const { state } = exportAll;
  return (
    <>
      {/* Rendered empty from the start, so that how a run ended is announced. */}
      <span className="visually-hidden" role="status">
        {exportAllOutcomeText(state)}
      </span>
      {state.kind === 'fetching' && (
        <CollapseProgress label={exportAllProgressText(state.replies)} text={exportAllProgressText(state.replies)}>
          <button type="button" className="button" onClick={exportAll.cancel}>
            Cancel
          </button>
        </CollapseProgress>
      )}
      {state.kind === 'too-many-pages' && (
        <TooManyPages pages={state.pages} count={state.count} max={state.pageCap} title="Too many replies to export them all at once" inline />
      )}
      {state.kind === 'failed' && <HistoryError error={state.error} onRetry={exportAll.retry} retrying={false} what="every reply for the CSV" inline />}
    </>
  );
}
