/**
 * Generic CSV/TSV importer: any table with a latitude/longitude (or one coordinates column) and/or a
 * date, read through a mapping (detected unless the user's corrected one is given). Every column the
 * mapping does not use is kept in `extra` as text. A row with neither a date nor a place is skipped
 * with its line and reason; a row with one of them is kept (unplaced, or off the timeline).
 */
import { addWarning, newEvent, newReport } from './event.ts';
import { type CsvRow, type CsvTable, readCsvText } from './csv-read.ts';
import { CSV_ROLES, type CsvMapping, detectCsvMapping, type MappingOverride, mergeMapping } from './csv-mapping.ts';
import { coordNumber, dateOf, parsePair, timeOfStamp } from './csv-columns.ts';
import { dedupeIds, todayOf, warnFutureDates, warnSharedPoints } from './csv-checks.ts';
import { parseTime } from './dates.ts';
import { baseName, metaFrom } from './json-common.ts';
import type { ImportedEvent, ImportReport, ImportResult } from './types.ts';
import { httpUrl, parseCount, parseLatLon } from './values.ts';

export type CsvImportOptions = {
  /** "Today" for the future-date warning (YYYY-MM-DD or a Date); defaults to the clock. */
  now?: string | Date;
  /** How many rows on one point make it look like a centroid (default 10). */
  centroidMin?: number;
};

/**
 * The result carries the mapping it used, so the mapping step can show it and hand a corrected one
 * back, and the file's first rows (the page never parses the file itself: that happens in the worker).
 */
export type CsvImportResult = ImportResult & { mapping: CsvMapping; preview?: CsvPreview };
/** The header and the first PREVIEW_ROWS data rows, cells as text in header order. */
export type CsvPreview = { header: string[]; rows: string[][] };
export const PREVIEW_ROWS = 5;

export const CSV_FORMAT = 'CSV (mapped columns)';

/** A header row has at least two named cells and none of them is a number (junk lines and data rows are not headers). */
function isHeader(cells: string[]): boolean {
  const named = cells.filter((c) => c !== '');
  return named.length >= 2 && named.every((c) => coordNumber(c) === null);
}

/** Reads the table; a one-column file or one whose header is all numbers falls back to the first line. */
export function readGenericCsv(text: string, delimiter?: string): CsvTable {
  const table = readCsvText(text, { isHeader, delimiter });
  return table.header.length > 0 ? table : readCsvText(text, { delimiter });
}

type Place = { lat: number; lon: number } | { problem: string; column: string | null } | null;

/** The row's point, null when its cells are empty, or why its non-empty cells are not a point. */
function placeOf(row: CsvRow, m: CsvMapping): Place {
  const c = m.columns;
  if (c.lat.column && c.lon.column) {
    const latText = (row.cells[c.lat.column] ?? '').trim();
    const lonText = (row.cells[c.lon.column] ?? '').trim();
    if (latText === '' && lonText === '') return null;
    const p = parseLatLon(latText, lonText);
    if (p) return p;
    if (parseLatLon(lonText, latText))
      return { problem: `latitude ${latText} and longitude ${lonText} look swapped on this row`, column: c.lat.column };
    return { problem: `"${latText}", "${lonText}" is not a valid latitude/longitude`, column: c.lat.column };
  }
  if (c.coordinates.column) {
    const text = (row.cells[c.coordinates.column] ?? '').trim();
    if (text === '') return null;
    const pair = parsePair(text);
    const p = pair && (pair.wkt || m.coordinate_order === 'lon_lat' ? parseLatLon(pair.b, pair.a) : parseLatLon(pair.a, pair.b));
    return p ?? { problem: `"${text.slice(0, 40)}" is not a valid coordinate pair`, column: c.coordinates.column };
  }
  return null;
}

function cell(row: CsvRow, column: string | null): string {
  return column ? (row.cells[column] ?? '').trim() : '';
}

function readRow(row: CsvRow, m: CsvMapping, report: ImportReport, unmapped: string[], claimant: string): ImportedEvent | null {
  const c = m.columns;
  const e = newEvent(row.line, cell(row, c.id.column) || `row-${row.line}`);
  const dateText = cell(row, c.date.column);
  e.date = dateText === '' ? null : dateOf(dateText, m.date_order);
  const place = placeOf(row, m);
  const placed = place !== null && !('problem' in place);
  if (e.date === null && !placed) {
    const why: string[] = [];
    if (dateText !== '') why.push(`date "${dateText.slice(0, 40)}" not read`);
    if (place && 'problem' in place) why.push(place.problem);
    const reason = why.length > 0 ? why.join('; ') : 'neither a date nor coordinates';
    report.skipped.push({ line: row.line, column: place && 'problem' in place ? place.column : c.date.column, reason });
    return null;
  }
  if (dateText !== '' && e.date === null)
    addWarning(report, row.line, c.date.column, `date "${dateText.slice(0, 40)}" not read; the event is kept off the timeline`);
  if (place && 'problem' in place) {
    addWarning(report, row.line, place.column, `${place.problem}; the event is kept without a place`);
    // The unread coordinates stay with the event as text, so an editor can fix them.
    for (const col of [m.columns.lat.column, m.columns.lon.column, m.columns.coordinates.column]) if (col) e.extra[col] = cell(row, col);
  }
  if (placed) {
    e.lat = place.lat;
    e.lon = place.lon;
  }
  const endText = cell(row, c.date_end.column);
  const end = endText === '' ? null : dateOf(endText, m.date_order);
  if (endText !== '' && end === null) addWarning(report, row.line, c.date_end.column, `end date "${endText.slice(0, 40)}" not read`);
  else if (end && e.date && end < e.date)
    addWarning(report, row.line, c.date_end.column, `end date ${end} is before the date ${e.date}; ignored`);
  else if (end && e.date && end > e.date) {
    e.date_end = end;
    e.date_precision = 2;
  }
  const timeText = cell(row, c.time.column);
  e.time = timeText !== '' ? parseTime(timeText) : timeOfStamp(dateText);
  if (timeText !== '' && e.time === null) addWarning(report, row.line, c.time.column, `time "${timeText.slice(0, 20)}" not read`);

  e.title = cell(row, c.title.column);
  e.summary = cell(row, c.description.column);
  e.claimant = cell(row, c.claimant.column) || claimant;
  e.event_type = cell(row, c.category.column);
  e.place_name = cell(row, c.place.column);
  const deaths = cell(row, c.fatalities.column);
  if (deaths !== '') {
    e.fatalities = parseCount(deaths);
    if (e.fatalities === null && c.fatalities.column) {
      addWarning(report, row.line, c.fatalities.column, `fatalities "${deaths.slice(0, 20)}" is not a number; kept as text`);
      // Nothing valid is dropped: the text stays with the event.
      e.extra[c.fatalities.column] = deaths;
    }
  }
  const urlText = cell(row, c.source_url.column);
  const sourceText = cell(row, c.source.column);
  const url = httpUrl(urlText);
  // Text that is not an http(s) link (javascript:, a citation) stays text, never a link.
  const title = [sourceText, url ? '' : urlText].filter((t) => t !== '').join(' — ');
  if (url || title !== '') e.sources.push({ title, publisher: '', url, date: null });
  for (const name of unmapped) e.extra[name] = row.cells[name] ?? '';
  return e;
}

/** Imports an already-read table with a complete mapping: the step after the mapping screen. */
export function importCsvTable(fileName: string, table: CsvTable, mapping: CsvMapping, opts: CsvImportOptions = {}): CsvImportResult {
  const report = newReport(fileName, table.delimiter === '\t' ? 'TSV (mapped columns)' : CSV_FORMAT);
  report.skipped.push(...table.skipped);
  report.warnings.push(...table.warnings);
  const header = new Set(table.header);
  const used = new Set<string>();
  for (const role of CSV_ROLES) {
    const col = mapping.columns[role]?.column;
    if (col && !header.has(col)) addWarning(report, null, col, `the mapping names a column "${col}" that the file does not have`);
    else if (col) used.add(col);
  }
  for (const n of mapping.notes) addWarning(report, null, n.column, n.message);
  const unmapped = table.header.filter((h) => !used.has(h));
  const claimant = baseName(fileName);
  const events: ImportedEvent[] = [];
  for (const row of table.rows) {
    const e = readRow(row, mapping, report, unmapped, claimant);
    if (e) events.push(e);
  }
  const c = mapping.columns;
  // Without an id column every id is `row-<line>`, unique already.
  if (c.id.column) dedupeIds(events, report, c.id.column);
  warnSharedPoints(events, report, c.lat.column ?? c.coordinates.column, opts.centroidMin);
  warnFutureDates(events, report, c.date.column, todayOf(opts.now));
  report.imported = events.length;
  report.skipped.sort((a, b) => a.line - b.line);
  const preview: CsvPreview = {
    header: [...table.header],
    rows: table.rows.slice(0, PREVIEW_ROWS).map((row) => table.header.map((h) => row.cells[h] ?? '')),
  };
  return { meta: metaFrom(null, fileName), events, regions: [], report, mapping, preview };
}

export function importCsv(fileName: string, text: string, mapping?: MappingOverride, opts: CsvImportOptions = {}): CsvImportResult {
  const table = readGenericCsv(text, mapping?.delimiter);
  return importCsvTable(fileName, table, mergeMapping(detectCsvMapping(table), mapping), opts);
}
