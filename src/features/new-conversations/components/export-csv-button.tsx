import { downloadCsv } from '../../../lib/format/csv.ts';
import { buildReportCsv } from '../lib/csv.ts';
import type { ComparisonRow } from '../lib/comparison-series.ts';

interface ExportCsvButtonProps {
  header: () => [string, string][];
  rows: readonly ComparisonRow[];
  tz: string;
  fileName: string;
  disabled?: boolean;
}

/** Downloads exactly the rows on screen. */
export function ExportCsvButton({ header, rows, tz, fileName, disabled }: ExportCsvButtonProps) {
  return (
    <button type="button" className="button" onClick={() => downloadCsv(buildReportCsv(header(), rows, tz), fileName)} disabled={disabled}>
      Export CSV
    </button>
  );
}
