/**
 * One ACLED CSV row → one event. Every cell is read as text through `cell`, which only looks up
 * columns the importer resolved from the header, so a file's own column names never become keys of
 * an ordinary object. Row problems become warnings on the report; a row is skipped only when it has
 * nothing to show (no readable date and no coordinates).
 */
import { geoPrecision, interactionLabel, interLabel, timeSpan } from './acled-codes.ts';
import type { CsvRow } from './csv-read.ts';
import { parseDate } from './dates.ts';
import { addWarning, newEvent } from './event.ts';
import type { ImportedEvent, ImportedSource, ImportReport } from './types.ts';
import { httpUrl, parseNumber } from './values.ts';

/** Columns that become event fields; every other column (ACLED's or the user's) goes to `extra`. */
export const MAPPED_COLUMNS: ReadonlySet<string> = new Set([
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
]);

export type RowContext = {
  report: ImportReport;
  /** Canonical column name → the header cell as written in the file. */
  columns: Map<string, string>;
  /** How to read dd/dd/yyyy dates in this file (decided once for the whole file). */
  order: 'dmy' | 'mdy';
  /** YYYY-MM-DD: dates after it are reported as in the future. */
  today: string;
  /** European Excel writes `;`-separated files with decimal commas ("12,5"). */
  decimalComma: boolean;
};

/** A row's event plus what the folding step needs to tell monadic rows from duplicates. */
export type RowEvent = { event: ImportedEvent; hasActor2: boolean };

export function cell(row: CsvRow, ctx: RowContext, name: string): string {
  const col = ctx.columns.get(name);
  if (col === undefined) return '';
  const v = row.cells[col];
  return typeof v === 'string' ? v.trim() : '';
}

/** "A; B;  ; A" → ["A", "B"]: ACLED lists associated actors and sources separated by semicolons. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(';')) {
    const t = part.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

export function readRow(row: CsvRow, ctx: RowContext): RowEvent | null {
  const { report } = ctx;
  const line = row.line;
  const get = (name: string) => cell(row, ctx, name);
  const rawId = get('event_id_cnty');
  if (rawId === '') addWarning(report, line, 'event_id_cnty', 'no event id: the event is called row-<line>');
  const e = newEvent(line, rawId === '' ? `row-${line}` : rawId);
  e.claimant = 'ACLED';

  readDate(row, ctx, e);
  readPlace(row, ctx, e);
  if (e.date === null && e.lat === null) {
    report.skipped.push({ line, column: 'event_date', reason: 'no readable date and no coordinates: nothing to show' });
    return null;
  }

  e.event_type = get('event_type');
  e.sub_event_type = get('sub_event_type') || null;
  e.title = [e.sub_event_type ?? e.event_type, e.place_name].filter((s) => s !== '').join(', ');
  e.summary = get('notes');
  const actor2 = get('actor2');
  e.actors = splitList([get('actor1'), get('assoc_actor_1'), actor2, get('assoc_actor_2')].join(';'));
  e.sources = splitList(get('source')).map(toSource);

  const fat = get('fatalities');
  if (fat !== '') {
    const n = parseNumber(fat);
    if (n !== null && Number.isInteger(n) && n >= 0) e.fatalities = n;
    else addWarning(report, line, 'fatalities', `fatalities "${fat.slice(0, 40)}" is not a count: left empty`);
  }

  // Unmapped columns are kept as text; the actor-type codes are normalised to the codebook's labels.
  for (const [name, col] of ctx.columns) {
    if (MAPPED_COLUMNS.has(name)) continue;
    const v = row.cells[col];
    if (typeof v !== 'string' || v.trim() === '') continue;
    e.extra[name] = name === 'inter1' || name === 'inter2' ? interLabel(v) : name === 'interaction' ? interactionLabel(v) : v.trim();
  }
  const types = [e.extra.inter1, e.extra.inter2].filter((s): s is string => typeof s === 'string' && s !== '');
  if (types.length > 0) e.categories.actor_type = [...new Set(types)];
  if (e.extra.interaction) e.categories.interaction = [e.extra.interaction];
  if (e.extra.disorder_type) e.categories.disorder_type = [e.extra.disorder_type];
  return { event: e, hasActor2: actor2 !== '' };
}

/** A source name as ACLED lists it; a link only when the text itself is an http(s) URL. */
function toSource(name: string): ImportedSource {
  const url = httpUrl(name);
  return { title: name, publisher: url === null ? name : '', url, date: null };
}

function readDate(row: CsvRow, ctx: RowContext, e: ImportedEvent): void {
  const { report } = ctx;
  const text = cell(row, ctx, 'event_date');
  const coded = text === '' ? null : parseDate(text, ctx.order);
  if (coded === null) {
    addWarning(
      report,
      row.line,
      'event_date',
      text === '' ? 'no date: on the map, not on the timeline' : `unreadable date "${text.slice(0, 40)}": on the map, not on the timeline`,
    );
    return;
  }
  const year = cell(row, ctx, 'year');
  if (/^\d{4}$/.test(year) && year !== coded.slice(0, 4))
    addWarning(report, row.line, 'year', `year ${year} differs from event_date ${coded}`);
  const tpText = cell(row, ctx, 'time_precision');
  let tp = 1;
  if (tpText !== '') {
    const n = parseNumber(tpText);
    if (n === 1 || n === 2 || n === 3) tp = n;
    else addWarning(report, row.line, 'time_precision', `time_precision "${tpText.slice(0, 20)}" is not 1, 2 or 3: read as the exact day`);
  }
  const span = timeSpan(coded, tp);
  e.date = span.date;
  e.date_end = span.date_end;
  e.date_precision = span.date_precision;
  // Keep ACLED's coded day so an ACLED export writes back the same event_date.
  if (tp !== 1) e.extra.event_date = coded;
  if (coded > ctx.today) addWarning(report, row.line, 'event_date', `date ${coded} is in the future`);
}

/** "12,5" → "12.5" in a decimal-comma file; anything else unchanged. */
function decimal(text: string, ctx: RowContext): string {
  return ctx.decimalComma && /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
}

function readPlace(row: CsvRow, ctx: RowContext, e: ImportedEvent): void {
  const { report } = ctx;
  const line = row.line;
  e.place_name = cell(row, ctx, 'location');
  e.country = cell(row, ctx, 'country') || null;
  e.admin1 = cell(row, ctx, 'admin1') || null;
  const latText = cell(row, ctx, 'latitude');
  const lonText = cell(row, ctx, 'longitude');
  if (latText === '' && lonText === '') {
    addWarning(report, line, 'latitude', 'no coordinates: listed, not drawn');
    return;
  }
  const lat = parseNumber(decimal(latText, ctx));
  const lon = parseNumber(decimal(lonText, ctx));
  if (lat === null || lon === null) {
    addWarning(
      report,
      line,
      lat === null ? 'latitude' : 'longitude',
      `coordinates "${latText.slice(0, 20)}", "${lonText.slice(0, 20)}" are not numbers: listed, not drawn`,
    );
    return;
  }
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
    // Not fixed silently: the editor decides whether the columns were swapped.
    addWarning(report, line, 'latitude', `latitude ${lat} and longitude ${lon} look swapped: listed, not drawn`);
    return;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    addWarning(report, line, 'latitude', `coordinates ${lat}, ${lon} are out of range: listed, not drawn`);
    return;
  }
  e.lat = lat;
  e.lon = lon;
  const gpText = cell(row, ctx, 'geo_precision');
  const gp = gpText === '' ? null : geoPrecision(parseNumber(gpText) ?? Number.NaN);
  if (gp === null) {
    if (gpText !== '') addWarning(report, line, 'geo_precision', `geo_precision "${gpText.slice(0, 20)}" is not 1, 2 or 3`);
    e.point_kind = 'located';
    return;
  }
  e.geo_precision = gp.geo_precision;
  e.point_kind = gp.point_kind;
}
