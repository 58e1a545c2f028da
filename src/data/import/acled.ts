/**
 * ACLED CSV importer: the current export (2023 layout), the pre-2023 layout (data_id,
 * event_id_no_cnty, iso3), and the monadic layout (one row per actor). Pure: text in, events and a
 * report out; runs in the import worker and in the Node build.
 *
 * The claimant of every event is "ACLED": the row is ACLED's coding, whatever its sources say.
 * How the codebook's codes map to Claimline's fields is documented in acled-codes.ts.
 */
import { centroidWarnings, foldRows } from './acled-merge.ts';
import { type RowContext, type RowEvent, readRow } from './acled-row.ts';
import { readCsvText } from './csv-read.ts';
import { addWarning, newReport } from './event.ts';
import type { ImportResult } from './types.ts';

export type AcledOptions = {
  /** "Today" for the future-date warning (YYYY-MM-DD or a Date); defaults to the clock. */
  now?: string | Date;
  /** How many events on one exact point make it look like a centroid (default 10). */
  centroidMin?: number;
};

/** Other spellings of ACLED columns (acledR's long format, hand-made sheets) → the export's name. */
const ALIASES = new Map([
  ['actor', 'actor1'],
  ['assoc_actor', 'assoc_actor_1'],
  ['inter', 'inter1'],
]);

/** The header row is the first that names the columns an ACLED file cannot do without. */
function isAcledHeader(cells: string[]): boolean {
  const names = new Set(cells.map(canonical));
  return names.has('event_date') && (names.has('event_id_cnty') || names.has('latitude'));
}

/** A header cell as the importer keys it: case-insensitive, spaces as `_`, aliases to the export's name. */
export function canonical(header: string): string {
  const key = header.trim().toLowerCase().replace(/\s+/g, '_');
  return ALIASES.get(key) ?? key;
}

export function importAcled(fileName: string, text: string, options: AcledOptions = {}): ImportResult {
  const table = readCsvText(text, { isHeader: isAcledHeader });
  const columns = new Map<string, string>();
  for (const h of table.header) {
    const c = canonical(h);
    if (c !== '' && !columns.has(c)) columns.set(c, h);
  }
  const has = (name: string) => columns.has(name);
  const pre2023 = !has('disorder_type') && (has('data_id') || has('event_id_no_cnty') || has('iso3'));
  const report = newReport(fileName, `ACLED CSV (${pre2023 ? 'pre-2023' : '2023'} layout)`);
  report.skipped.push(...table.skipped);
  report.warnings.push(...table.warnings);
  const meta = {
    title: fileName.replace(/\.[^.]*$/, ''),
    description: '',
    // ACLED dates are local calendar days as reported; no zone is given.
    time_zone: null,
    licence: 'ACLED Terms of Use',
    attribution: 'Armed Conflict Location & Event Data (ACLED), acleddata.com',
    source_url: 'https://acleddata.com',
  };
  if (!has('event_date')) {
    report.fatal = `${fileName}: no ACLED header found (a row with event_date and event_id_cnty or latitude)`;
    return { meta, events: [], regions: [], report };
  }

  const ctx: RowContext = { report, columns, order: 'mdy', today: todayOf(options.now), decimalComma: table.delimiter === ';' };
  ctx.order = slashOrder(
    table.rows.map((r) => r.cells[columns.get('event_date') as string] ?? ''),
    report,
  );
  const rows: RowEvent[] = [];
  for (const row of table.rows) {
    const r = readRow(row, ctx);
    if (r) rows.push(r);
  }
  const { events, monadic } = foldRows(rows, report);
  if (monadic) report.format = 'ACLED CSV (monadic)';
  centroidWarnings(events, report, options.centroidMin ?? 10);
  report.imported = events.length;
  if (table.hxl) addWarning(report, table.headerLine + 1, null, 'HXL hashtag row under the header: read as tags, not as an event');
  return { meta, events, regions: [], report };
}

/**
 * Slash dates (11/01/2024) are ambiguous. The whole file is read one way: day-first if any first
 * number exceeds 12, month-first if any second number does, else month-first (how US Excel writes
 * ACLED's dates) with a warning that the reading was a guess.
 */
function slashOrder(dates: string[], report: ReturnType<typeof newReport>): 'dmy' | 'mdy' {
  let dmy = false;
  let mdy = false;
  let any = false;
  for (const d of dates) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/\d{2,4}\s*$/.exec(d);
    if (!m) continue;
    any = true;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (dmy && mdy)
    addWarning(report, null, 'event_date', 'slash dates are written both day-first and month-first: read month-first where possible');
  if (dmy && !mdy) return 'dmy';
  if (any && !dmy && !mdy)
    addWarning(report, null, 'event_date', 'slash dates such as 11/01/2024 could be day-first or month-first: read as month/day/year');
  return 'mdy';
}

function todayOf(now: string | Date | undefined): string {
  if (typeof now === 'string') return now.slice(0, 10);
  return (now ?? new Date()).toISOString().slice(0, 10);
}
