/** The report for one user: the summary strip over the whole range, then the table. */
import { useRef } from 'react';
import { StaleNotice } from '../../../components/stale-notice.tsx';
import { isApiError } from '../../../lib/api/api-error.ts';
import type { ExportedRows } from '../lib/export-header.ts';
import { useHistoryReport } from '../hooks/use-history-report.ts';
import type { HistoryParams } from '../../../../contract/requests/history-query.ts';
import type { HistoryOptions } from '../../../../contract/url-state/history-url-state.ts';
import { downloadCsv } from '../../../lib/format/csv.ts';
import { useExportAllReplies } from '../hooks/use-export-all-replies.ts';
import { buildHistoryCsv } from '../lib/history-csv.ts';
import { ExportAllButton, ExportAllNotice } from './export-all-replies.tsx';
import { ExportHistoryButton } from './export-history-button.tsx';
import { HistoryTableCard } from './history-table-card.tsx';
import { SummaryArea } from './summary-area.tsx';
import './user-history.css';

interface UserHistoryReportProps {
  params: HistoryParams;
  options: HistoryOptions;
  onOptions: (patch: Partial<HistoryOptions>) => void;
  onReset: () => void;
  exportHeader: (rows: ExportedRows) => [string, string][];
  fileName: (rows: ExportedRows['kind']) => string;
  /** The page's zone, for the time in a stale note. */
  tz: string;
}

export function UserHistoryReport({ params, options, onOptions, onReset, exportHeader, fileName, tz }: UserHistoryReportProps) {
  const { table, summary, stale } = useHistoryReport(params, options);
  const rows = table.kind === 'rows' ? table : undefined;
  const exported: ExportedRows | undefined = rows
    ? rows.conversations !== null
      ? { kind: 'collapsed', conversations: rows.conversations, replies: rows.replies }
      : { kind: 'page', page: rows.page, pages: rows.pages, rows: rows.rows.length, replies: rows.replies }
    : undefined;
  // The summary has its own request: shown unless the range has no replies at all, or the user
  // does not exist (the table says so once; a second alert would only repeat it).
  const unknownUser = summary.kind === 'error' && isApiError(summary.error) && summary.error.status === 404;
  const showSummary = summary.kind === 'ready' ? summary.summary.replies > 0 : !unknownUser && (table.kind !== 'rows' || table.replies > 0);
  const cannotExport = !rows || rows.updating || rows.rows.length === 0;
  const exportButton = (
    <ExportHistoryButton
      rows={rows?.exportRows ?? []}
      collapsed={options.collapse}
      officeHours={options.officeHours}
      header={() => (exported ? exportHeader(exported) : [])}
      fileName={fileName(options.collapse ? 'collapsed' : 'page')}
      disabled={cannotExport}
    />
  );
  const exportAllButton = useRef<HTMLButtonElement>(null);
  const exportAll = useExportAllReplies(params, {
    enabled: !options.collapse,
    control: exportAllButton,
    save: (every) => {
      const header = exportHeader({ kind: 'all-replies', replies: every.length });
      downloadCsv(buildHistoryCsv(header, every, false, options.officeHours), fileName('all-replies'));
    },
  });
  // Collapsed, the table's own export already holds every row.
  const actions = options.collapse ? (
    exportButton
  ) : (
    <>
      {exportButton}
      <ExportAllButton exportAll={exportAll} replies={rows?.replies ?? 0} disabled={cannotExport} buttonRef={exportAllButton} />
    </>
  );
  return (
    <div className="history-report history-page">
      <StaleNotice note={stale} tz={tz} />
      {showSummary && <SummaryArea model={summary} officeHours={options.officeHours} statusFiltered={options.status.length > 0} />}
      <HistoryTableCard
        model={table}
        options={options}
        onOptions={onOptions}
        onReset={onReset}
        actions={actions}
        notice={options.collapse ? null : <ExportAllNotice exportAll={exportAll} />}
      />
    </div>
  );
}
