/**
 * Runs the whole-range export: every row through the all-rows query (the collapsed table's own,
 * so an export after collapsing costs no request, and the server's page cap applies), then
 * `save`. Cancel aborts the request itself; a change of view cancels and forgets the run.
 */
import { hashKey, isCancelledError, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, type RefObject } from 'react';
import type { HistoryRow } from '../../../../contract/api/schemas.ts';
import type { HistoryParams } from '../../../../contract/requests/history-query.ts';
import { refocusIfLost } from '../../../lib/a11y/refocus-if-lost.ts';
import { everyHistoryRowQueryOptions } from '../api/get-every-history-row.ts';
import { EXPORT_ALL_IDLE, exportAllReducer, type ExportAllState } from '../lib/export-all-state.ts';

export interface ExportAllReplies {
  state: ExportAllState;
  /** `replies`: the count the page shows, for the progress text. */
  start: (replies: number) => void;
  retry: () => void;
  cancel: () => void;
}

interface ExportAllOptions {
  /** False in collapsed mode, whose own export already holds every row; leaving paged mode cancels a run. */
  enabled: boolean;
  save: (rows: HistoryRow[]) => void;
  /** The export button: where the focus goes when the progress and its Cancel go away. */
  control: RefObject<HTMLButtonElement | null>;
}

export function useExportAllReplies(params: HistoryParams, { enabled, save, control }: ExportAllOptions): ExportAllReplies {
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(exportAllReducer, EXPORT_ALL_IDLE);
  /** The run whose answer may still save a file; null when none may. */
  const running = useRef<number | null>(null);
  const runs = useRef(0);
  const options = everyHistoryRowQueryOptions(params);
  const viewHash = hashKey(options.queryKey);

  /** Aborts the running fetch's signal; `revert` puts the query back as it was, with no error to show. */
  const stop = useCallback(
    (queryHash: string) => {
      if (running.current === null) return false;
      running.current = null;
      void queryClient.cancelQueries({ predicate: (query) => query.queryHash === queryHash });
      return true;
    },
    [queryClient],
  );

  // A new view, or collapsed mode: the run and its message were about the old one.
  useEffect(() => {
    if (!enabled) return;
    return () => {
      stop(viewHash);
      dispatch({ type: 'reset' });
    };
  }, [viewHash, enabled, stop]);

  const run = () => {
    const id = ++runs.current;
    running.current = id;
    /** Whether this run's answer still counts (not cancelled, not replaced); it ends the run. */
    const settled = () => {
      if (running.current !== id) return false;
      running.current = null;
      // The progress and its Cancel go away: a keyboard user who was on them lands on the export button.
      refocusIfLost(() => control.current);
      return true;
    };
    queryClient.fetchQuery(options).then(
      (answer) => {
        if (!settled()) return;
        if (answer.kind === 'too-many-pages') {
          dispatch({ type: 'too-many-pages', count: answer.count, pages: answer.pages, pageCap: answer.pageCap });
          return;
        }
        save(answer.rows);
        dispatch({ type: 'saved', replies: answer.rows.length });
      },
      (error: unknown) => {
        if (!settled()) return;
        // Cancelled from elsewhere (the query lost its last observer): nothing was saved.
        if (isCancelledError(error)) dispatch({ type: 'cancel' });
        else dispatch({ type: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
  };

  return {
    state,
    start: (replies) => {
      if (running.current !== null) return;
      dispatch({ type: 'start', replies });
      run();
    },
    retry: () => {
      if (running.current !== null || state.kind !== 'failed') return;
      dispatch({ type: 'retry' });
      run();
    },
    cancel: () => {
      if (!stop(viewHash)) return;
      dispatch({ type: 'cancel' });
      control.current?.focus();
    },
  };
}
