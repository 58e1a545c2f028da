/**
 * UCDP Georeferenced Event Dataset (GED) CSV importer: the published 49-column file, columns in
 * any order, and derived extracts that dropped, renamed or recoded columns. Pure: text in, events
 * and a report out; no DOM, no network. Each row's claimant is "UCDP": the record is UCDP's coding
 * of what its sources reported. Row mapping: ucdp-row.ts; codebook codes: ucdp-codes.ts.
 */
import { readCsvText } from './csv-read.ts';
import { addWarning, newReport } from './event.ts';
import type { DatasetMeta, ImportedEvent, ImportResult, ImportWarning } from './types.ts';
import { dedupeIds, warnFutureDates } from './csv-checks.ts';
import { warnSharedPoints } from './ucdp-checks.ts';
import { GED_COLUMNS, isGedHeader, mapColumns } from './ucdp-columns.ts';
import { readRow } from './ucdp-row.ts';

export const UCDP_FORMAT = 'UCDP GED CSV';

export type UcdpOptions = {
  /** YYYY-MM-DD; dates after it are reported. Default: today (UTC). */
  today?: string;
};

export function ucdpMeta(fileName: string): DatasetMeta {
  return {
    title: fileName,
    description: 'UCDP Georeferenced Event Dataset (GED): events of organised violence coded by the Uppsala Conflict Data Program.',
    time_zone: null,
    licence: 'UCDP terms of use (cite the dataset)',
    attribution: 'Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset',
    source_url: 'https://ucdp.uu.se/downloads/',
  };
}

const SHIFTED_REASON = 'broken quote escaping: the row has fewer cells than the header, so its values would land in the wrong columns';

/**
 * Rows the CSV reader kept although they both have stray quote marks and fewer cells than the
 * header. A GED row always has every column; a short one with broken quotes (`…`) has had
 * a delimiter swallowed into a quoted cell, so every later value sits one column off (a latitude
 * read as a place name). Such a row is reported, not imported. The reader says so only in its
 * warnings (by line), hence the match on its wording.
 */
function shiftedRows(warnings: ImportWarning[]): Set<number> {
  const short = new Set<number>();
  const stray = new Set<number>();
  for (const w of warnings) {
    if (w.line === null) continue;
    if (/cells but the header has/.test(w.message)) short.add(w.line);
    if (/stray quote/.test(w.message)) stray.add(w.line);
  }
  return new Set([...short].filter((l) => stray.has(l)));
}

export function importUcdp(fileName: string, text: string, opts: UcdpOptions = {}): ImportResult {
  const report = newReport(fileName, UCDP_FORMAT);
  const result: ImportResult = { meta: ucdpMeta(fileName), events: [], regions: [], report };
  const table = readCsvText(text, { isHeader: isGedHeader });
  if (table.header.length === 0 || !isGedHeader(table.header)) {
    report.fatal = `${fileName}: no UCDP GED header row found (columns such as id, type_of_violence, side_a, where_prec, date_start, best)`;
    return result;
  }
  report.skipped.push(...table.skipped);
  const shifted = shiftedRows(table.warnings);
  for (const w of table.warnings) if (w.line === null || !shifted.has(w.line)) report.warnings.push(w);
  for (const line of shifted) report.skipped.push({ line, column: null, reason: SHIFTED_REASON });

  const cols = mapColumns(table.header);
  const present = GED_COLUMNS.filter((c) => cols.byGed[c] !== undefined).length;
  if (present < GED_COLUMNS.length) report.format = `${UCDP_FORMAT} (derived: ${present} of ${GED_COLUMNS.length} columns)`;
  const at = table.headerLine || null;
  if (cols.byGed.date_start === undefined && cols.byGed.year === undefined)
    addWarning(report, at, null, 'no date_start or year column: events have no dates (on the map, not on the timeline)');
  if (cols.byGed.latitude === undefined && cols.byGed.longitude === undefined && cols.byGed.geom_wkt === undefined)
    addWarning(report, at, null, 'no latitude/longitude or geom_wkt column: events have no place (listed, not on the map)');
  if (cols.byGed.where_prec === undefined && (cols.byGed.latitude !== undefined || cols.byGed.geom_wkt !== undefined))
    addWarning(report, at, null, 'no where_prec column: a point may be a centroid, not a located place');
  if ((cols.byGed.latitude === undefined) !== (cols.byGed.longitude === undefined))
    addWarning(report, at, null, 'only one of latitude/longitude is present: events have no place');

  const events: ImportedEvent[] = [];
  for (const row of table.rows) {
    if (shifted.has(row.line)) continue;
    const r = readRow(row, cols, report);
    if ('skip' in r) report.skipped.push({ line: row.line, column: null, reason: r.skip });
    else events.push(r.event);
  }
  dedupeIds(events, report, 'id');
  warnSharedPoints(events, report);
  warnFutureDates(events, report, 'date_start', opts.today ?? new Date().toISOString().slice(0, 10));
  report.skipped.sort((a, b) => a.line - b.line);
  result.events = events;
  report.imported = events.length;
  return result;
}
