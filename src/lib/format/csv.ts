/** CSV text for exports: RFC 4180 quoting, CRLF lines, and formula-looking text defused. */
export type CsvCell = string | number | null;

/**
 * Where a spreadsheet may start a new cell inside our text: the separators it might be set to
 * (`,` or `;`, or a tab), and line breaks, which some importers split rows at even inside quotes.
 */
const CELL_START = /(^|[,;\t\r\n])(\s*)(?=[=+\-@])/g;
/** A plain number, negative or not: a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * OWASP's CSV injection guidance: text that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@`, after any leading whitespace, or a leading tab or CR) gets a `'` before its first
 * character, and so does every piece after a separator or line break, which a spreadsheet split
 * differently (a `;` locale) would read as a cell of its own. Number cells are never touched, so
 * a change of -5 stays the number -5.
 */
export function defuseFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  const defused = text.replace(CELL_START, "$1$2'");
  return /^[\t\r]/.test(defused) ? `'${defused}` : defused;
}

/** Quotes when needed; a text cell that a spreadsheet would run as a formula is defused. */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = defuseFormula(value);
  return /[",;\r\n\t]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
