import { downloadCsv } from '../../../lib/format/csv.ts';
import { buildHistoryCsv, type ExportRow } from '../lib/history-csv.ts';

interface ExportHistoryButtonProps {
  header: () => [string, string][];
  rows: readonly ExportRow[];
  collapsed: boolean;
  officeHours: boolean;
  fileName: string;
  disabled?: boolean;
}

/** Downloads the rows of the table as shown: this page, or every collapsed conversation. */
export function ExportHistoryButton({ header, rows, collapsed, officeHours, fileName, disabled }: ExportHistoryButtonProps) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => downloadCsv(buildHistoryCsv(header(), rows, collapsed, officeHours), fileName)}
      disabled={disabled}
    >
      {collapsed ? 'Export CSV (all conversations)' : 'Export CSV (this page)'}
    </button>
  );
}
