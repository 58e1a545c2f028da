/**
 * Writing CSV cells and documents for the exports. Text cells are formula-neutralised
 * (src/data/import/formula.ts) and quoted per RFC 4180; number cells are written as JavaScript's
 * shortest round-tripping form and never neutralised, so `-12.5` stays a number in a spreadsheet and
 * in the importers. Rows end in CRLF (RFC 4180, what Excel expects).
 */
import { neutraliseFormula } from '../import/formula.ts';
import type { ImportedEvent } from '../import/types.ts';
import { type ExtraColumn, extraValue } from './extra-columns.ts';

/** A cell value: text (neutralised, quoted when needed), a number (as is), or null (empty). */
export type Cell = string | number | null;

export type CsvOptions = {
  /** Start with a UTF-8 byte order mark, so Excel on Windows reads the file as UTF-8 (default false). */
  bom?: boolean;
};

/**
 * Quoted when the text holds a quote, a line break, or any delimiter the importers' sniffer tries
 * (`,` `;` tab `|`): an unquoted `;` in a `;`-joined list could make a short file look `;`-separated.
 */
const NEEDS_QUOTES = /[",;\t|\r\n]/;

export function textCell(text: string): string {
  // One line-break form inside cells: the CSV reader turns CR and CRLF into LF anyway.
  const s = neutraliseFormula(text.replace(/\r\n?/g, '\n'));
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return textCell(value);
}

export function csvDocument(rows: Cell[][], options: CsvOptions = {}): string {
  const body = rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** A layout's standard columns from `row`, then the extra columns, one row per event. */
export function layoutCsv<C extends string>(
  events: readonly ImportedEvent[],
  columns: readonly C[],
  extras: readonly ExtraColumn[],
  row: (e: ImportedEvent) => Record<C, Cell>,
  options: CsvOptions,
): string {
  const rows: Cell[][] = [[...columns, ...extras.map((x) => x.header)]];
  for (const e of events) {
    const cells = row(e);
    rows.push([...columns.map((c) => cells[c]), ...extras.map((x) => extraValue(e, x.key))]);
  }
  return csvDocument(rows, options);
}

/** A whole count (fatalities, best/low/high) or null: anything else has no place in a count column. */
export function countCell(n: number | null): number | null {
  return n !== null && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** A YYYY-MM-DD date or null. */
export function isIsoDate(text: string | null | undefined): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** The day halfway between two YYYY-MM-DD dates (rounded down); `start` when there is no end. */
export function middleDay(start: string, end: string | null): string {
  if (end === null || !isIsoDate(end) || end <= start) return start;
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  const days = Math.floor((b - a) / 86_400_000 / 2);
  return new Date(a + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days from `start` to `end` (0 for one day or no end). */
export function spanDays(start: string, end: string | null): number {
  if (end === null || !isIsoDate(end)) return 0;
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}
