/**
 * CSV for Excel in Danish: semicolons (Danish Excel's list separator), CRLF,
 * UTF-8 with a byte-order mark so that æ, ø and å survive, every cell quoted
 * when it must be, and no formulas: a cell that starts with = + - @ (or a tab
 * or carriage return) gets a leading apostrophe, so Excel shows it as text.
 */
export const SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";,\n\r\t]|^\s|\s$/;

export function csvCell(value: unknown): string {
  let cell = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(SEPARATOR)).join('\r\n')}\r\n`;
}
