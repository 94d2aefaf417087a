/** The table with its header, progress, pagination and states. */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { TableModel } from '../hooks/use-history-report.ts';
import { describeSort } from '../lib/history-columns.ts';
import type { HistoryOptions } from '../../../../contract/url-state/history-url-state.ts';
import { isServerSortField, nextSort } from '../../../../contract/url-state/sort-fields.ts';
import { CollapseProgress } from './collapse-progress.tsx';
import { HistoryEmpty, HistoryError, HistoryLoading, PastTheEnd, TooManyPages } from './history-states.tsx';
import { HistoryTable } from './history-table.tsx';
import { Pagination } from '../../../components/pagination.tsx';

interface HistoryTableCardProps {
  model: TableModel;
  options: HistoryOptions;
  onOptions: (patch: Partial<HistoryOptions>) => void;
  onReset: () => void;
  actions: ReactNode;
  /** Above the table, under the header: what the actions have to say (the whole-range export's progress). */
  notice?: ReactNode;
}

const n = (value: number) => value.toLocaleString('en-US');

/** A new page or order starts at its first row, not where the last one was scrolled to. */
function useScrollToTopOn(key: string) {
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [key]);
  return scroller;
}

function Body({ model, options, onOptions, onReset }: Omit<HistoryTableCardProps, 'actions' | 'notice'>) {
  const onPage = (page: number) => onOptions({ page });
  const shown = model.kind === 'rows' ? model.page : 0;
  const scroller = useScrollToTopOn(`${shown}|${options.sortField}|${options.sortOrder}|${options.collapse}`);
  switch (model.kind) {
    case 'loading':
      return options.collapse ? null : <HistoryLoading />;
    case 'error':
      return <HistoryError error={model.error} onRetry={model.retry} retrying={model.retrying} />;
    case 'too-many-pages':
      return <TooManyPages pages={model.pages} count={model.count} max={model.pageCap} />;
    case 'rows':
      break;
  }
  if (model.replies === 0) return <HistoryEmpty onReset={onReset} />;
  if (model.page > model.pages) return <PastTheEnd page={model.page} pages={model.pages} onPage={onPage} />;
  const collapsed = model.conversations !== null;
  const caption = collapsed
    ? `One row per conversation; Your replies counts this user’s replies to it in the range. Sorted by ${describeSort(options.sortField, options.sortOrder).toLowerCase()}.`
    : `One row per reply this user sent, so a conversation appears once per reply. Sorted by ${describeSort(options.sortField, options.sortOrder).toLowerCase()}.`;
  return (
    <>
      <div ref={scroller} className={`history-table-scroll${model.updating ? ' history-table-scroll--updating' : ''}`}>
        <HistoryTable
          rows={model.rows}
          collapsed={collapsed}
          caption={caption}
          officeHours={options.officeHours}
          sortField={options.sortField}
          sortOrder={options.sortOrder}
          canSort={collapsed ? () => true : isServerSortField}
          onSort={(field) => onOptions({ ...nextSort(options, field), page: 1 })}
        />
      </div>
      <Pagination
        page={model.page}
        pages={model.pages}
        onPage={onPage}
        total={collapsed ? `${n(model.conversations ?? 0)} conversations from ${n(model.replies)} replies` : `${n(model.replies)} replies`}
      />
    </>
  );
}

export function HistoryTableCard(props: HistoryTableCardProps) {
  const { model, options, actions, notice } = props;
  const updating = model.kind === 'rows' && model.updating;
  const loadingAll = options.collapse && (model.kind === 'loading' || updating);
  return (
    <section className="history-card" aria-labelledby="history-table-title" aria-busy={model.kind === 'loading' || updating}>
      <div className="history-card-header">
        <h2 id="history-table-title">{options.collapse ? 'Conversations' : 'Replies'}</h2>
        <span className="history-updating" role="status">
          {updating ? 'Updating…' : ''}
        </span>
        {actions}
      </div>
      {notice}
      {loadingAll && <CollapseProgress label="Loading every reply of the range to collapse duplicates" />}
      <Body {...props} />
    </section>
  );
}
