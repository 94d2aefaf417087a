/** CSV text for exports: RFC 4180 quoting, CRLF lines, and formula-looking text defused. */
export type CsvCell = string | number | null;

/** Quotes when needed; a text cell that a spreadsheet would run as a formula is defused. */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(lines: readonly (readonly CsvCell[])[]): string {
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Saves `text` as a file; it is built in the browser, so it cannot drift from what the page shows. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
