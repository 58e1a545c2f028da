/** The import report as a CSV download: one row per skipped row, warning or fatal problem. */
import type { ImportReport } from './types';

/**
 * A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)` in a hostile file) gets a leading
 * apostrophe, which spreadsheets show as text; then RFC 4180 quoting.
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reportToCsv(report: ImportReport): string {
  const rows: (string | number | null)[][] = [['file', 'line', 'column', 'kind', 'message']];
  if (report.fatal) rows.push([report.file, null, null, 'fatal', report.fatal]);
  for (const s of report.skipped) rows.push([report.file, s.line, s.column, 'skipped', s.reason]);
  for (const w of report.warnings) rows.push([report.file, w.line, w.column, 'warning', w.message]);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
