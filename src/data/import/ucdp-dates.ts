/**
 * A GED row's dates: `date_start`/`date_end` with `date_prec` (see ucdp-codes.ts for the
 * codebook's definitions) become Claimline's date range and band. Where a derived file dropped
 * `date_start`, the `year` column dates the event to that year. Doubts are reported; an end date
 * before the start is not used (the raw text stays in `extra`).
 */
import { parseDate } from './dates.ts';
import { code, datePrecision, datePrecisionFromSpan } from './ucdp-codes.ts';
import type { DatePrecision } from './types.ts';

export type DateCells = { start: string; end: string; prec: string; year: string };

export type Dates = {
  date: string | null;
  date_end: string | null;
  precision: DatePrecision;
  /** Raw texts that could not be used, to keep in `extra`. */
  unused: { column: string; text: string }[];
  warnings: { column: string | null; message: string; perRow: boolean }[];
};

export function readDates(cells: DateCells): Dates {
  const out: Dates = { date: null, date_end: null, precision: 1, unused: [], warnings: [] };
  let start = cells.start === '' ? null : parseDate(cells.start);
  let end = cells.end === '' ? null : parseDate(cells.end);
  if (cells.start !== '' && start === null) {
    out.unused.push({ column: 'date_start', text: cells.start });
    out.warnings.push({ column: 'date_start', message: `date_start "${cells.start}" is not a date`, perRow: true });
  }
  if (cells.end !== '' && end === null) {
    out.unused.push({ column: 'date_end', text: cells.end });
    out.warnings.push({ column: 'date_end', message: `date_end "${cells.end}" is not a date`, perRow: true });
  }
  let fromYear = false;
  const year = code(cells.year);
  if (start === null && cells.start === '' && year !== null && year >= 1000 && year <= 9999) {
    start = `${year}-01-01`;
    end = `${year}-12-31`;
    fromYear = true;
    out.warnings.push({
      column: 'year',
      message: 'rows without date_start are dated by their year (1 January to 31 December)',
      perRow: false,
    });
  }
  if (start === null) {
    // An end date alone is not a date range: keep it as text for the editor.
    if (end !== null) out.unused.push({ column: 'date_end', text: cells.end });
    return out;
  }
  if (end !== null && end < start) {
    out.unused.push({ column: 'date_end', text: cells.end });
    out.warnings.push({
      column: 'date_end',
      message: `date_end ${end} is before date_start ${start}; the end date is not used`,
      perRow: true,
    });
    end = null;
  }
  if (end === start) end = null;
  out.date = start;
  out.date_end = end;
  const dp = code(cells.prec);
  let band = fromYear ? 3 : dp === null ? null : datePrecision(dp);
  if (cells.prec.trim() !== '' && (dp === null || datePrecision(dp) === null))
    out.warnings.push({ column: 'date_prec', message: `date_prec "${cells.prec}" is not a UCDP code (1–5)`, perRow: true });
  if (band === null) band = datePrecisionFromSpan(start, end);
  if (band === 1 && end !== null) {
    out.warnings.push({
      column: 'date_prec',
      message: `date_prec 1 (exact day) but the dates span ${start} to ${end}; shown as a span`,
      perRow: true,
    });
    band = 2;
  }
  out.precision = band as DatePrecision;
  return out;
}
