import { buildReportCsv } from '../lib/csv.ts';
import type { ComparisonRow } from '../lib/comparison-series.ts';

interface ExportCsvButtonProps {
  header: () => [string, string][];
  rows: readonly ComparisonRow[];
  tz: string;
  fileName: string;
  disabled?: boolean;
}

/** Downloads exactly the rows on screen; the file is built in the browser, so it cannot drift from them. */
export function ExportCsvButton({ header, rows, tz, fileName, disabled }: ExportCsvButtonProps) {
  const download = () => {
    const blob = new Blob([buildReportCsv(header(), rows, tz)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Some browsers read the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  };
  return (
    <button type="button" className="button" onClick={download} disabled={disabled}>
      Export CSV
    </button>
  );
}
