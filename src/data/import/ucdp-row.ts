/**
 * One GED row to one event. Mapped: id, dates, point and precision, country/adm_1, violence type,
 * sides (actors), conflict and dyad names (categories), best/low/high fatalities, sources.
 * Everything else, and the raw codes that a band only approximates (where_prec, date_prec,
 * event_clarity) and the per-side death counts (deaths_a, deaths_b, deaths_civilians,
 * deaths_unknown) and number_of_sources, stay as text in `extra` under their GED names, so an
 * editor and the UCDP export get them back. The unnamed index column of pandas/R exports is dropped.
 */
import type { CsvRow } from './csv-read.ts';
import { addWarning, newEvent } from './event.ts';
import { type ImportedEvent, type ImportReport, plainRecord } from './types.ts';
import { code, violenceType } from './ucdp-codes.ts';
import type { ColumnMap, GedColumn } from './ucdp-columns.ts';
import { readDates } from './ucdp-dates.ts';
import { readPlace } from './ucdp-place.ts';
import { readSources } from './ucdp-sources.ts';
import { recoverQuotes } from './ucdp-text.ts';
import { parseCount } from './values.ts';

/** GED columns read into event fields; every other GED column is kept in `extra`. */
const FIELDS = new Set<GedColumn>([
  'id',
  'type_of_violence',
  'conflict_name',
  'dyad_name',
  'side_a',
  'side_b',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'where_coordinates',
  'where_description',
  'adm_1',
  'latitude',
  'longitude',
  'country',
  'date_start',
  'date_end',
  'best',
  'high',
  'low',
]);

const DEATHS: GedColumn[] = ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'];

export type RowResult = { event: ImportedEvent } | { skip: string };

export function readRow(row: CsvRow, cols: ColumnMap, report: ImportReport): RowResult {
  const line = row.line;
  const get = (c: GedColumn): string => {
    const h = cols.byGed[c];
    return h === undefined ? '' : recoverQuotes(row.cells[h] ?? '');
  };
  const warn = (column: string | null, message: string) => addWarning(report, line, column, message);

  const idHeader = cols.byGed.id;
  if (idHeader !== undefined && get('id') === idHeader.trim()) return { skip: 'a repeated header row' };

  const e = newEvent(line, get('id') || `row-${line}`);
  e.extra = plainRecord<string>();
  e.categories = plainRecord<string[]>();
  e.claimant = 'UCDP';

  const dates = readDates({ start: get('date_start'), end: get('date_end'), prec: get('date_prec'), year: get('year') });
  e.date = dates.date;
  e.date_end = dates.date_end;
  e.date_precision = dates.precision;
  for (const w of dates.warnings) addWarning(report, w.perRow ? line : null, w.column, w.message);
  for (const u of dates.unused) e.extra[u.column] = u.text;

  const place = readPlace(get('latitude'), get('longitude'), get('geom_wkt'), code(get('where_prec')));
  e.lat = place.lat;
  e.lon = place.lon;
  e.geo_precision = place.geo;
  e.point_kind = place.kind;
  for (const w of place.warnings) warn(w.column, w.message);
  e.country = get('country') || null;
  e.admin1 = get('adm_1') || null;
  e.place_name = get('where_coordinates') || get('adm_2') || get('adm_1') || get('country');
  e.summary = get('where_description');

  const violence = get('type_of_violence');
  e.event_type = violenceType(violence) ?? violence;
  if (violence !== '' && violenceType(violence) === null)
    warn('type_of_violence', `type_of_violence "${violence}" is not 1–3 or a UCDP violence type; kept as given`);

  for (const side of [get('side_a'), get('side_b')]) if (side !== '' && !e.actors.includes(side)) e.actors.push(side);
  for (const c of ['conflict_name', 'dyad_name'] as const) {
    const v = get(c);
    if (v !== '') e.categories[c] = [v];
  }
  e.title = get('dyad_name') || get('conflict_name');

  readFatalities(e, get, warn);

  const src = readSources({
    article: get('source_article'),
    office: get('source_office'),
    date: get('source_date'),
    headline: get('source_headline'),
  });
  e.sources = src.sources;
  if (src.articleLeftOver) e.extra.source_article = src.articleLeftOver;

  for (const ged of Object.keys(cols.byGed) as GedColumn[]) {
    if (FIELDS.has(ged)) continue;
    const v = get(ged);
    if (v !== '' && e.extra[ged] === undefined) e.extra[ged] = v;
  }
  for (const h of cols.unmapped) {
    const v = recoverQuotes(row.cells[h] ?? '');
    if (v !== '' && e.extra[h] === undefined) e.extra[h] = v;
  }

  const empty = e.date === null && e.lat === null && e.actors.length === 0 && get('id') === '' && e.fatalities === null;
  if (empty) return { skip: 'no id, date, place, sides or fatalities' };
  return { event: e };
}

function readFatalities(e: ImportedEvent, get: (c: GedColumn) => string, warn: (column: string | null, message: string) => void): void {
  const count = (c: GedColumn): number | null => {
    const text = get(c);
    const n = parseCount(text);
    if (text !== '' && n === null) warn(c, `${c} "${text}" is not a number of deaths`);
    return n;
  };
  const best = count('best');
  const low = count('low');
  const high = count('high');
  e.fatalities = best;
  e.fatalities_low = low;
  e.fatalities_high = high;
  // UCDP's estimates should satisfy low ≤ best ≤ high; a file that breaks this is shown as given.
  if (best !== null && high !== null && high < best) warn('high', `high estimate ${high} is below best ${best} (shown as given)`);
  if (best !== null && low !== null && low > best) warn('low', `low estimate ${low} is above best ${best} (shown as given)`);
  if (low !== null && high !== null && low > high && best === null)
    warn('low', `low estimate ${low} is above high ${high} (shown as given)`);
  const parts = DEATHS.map(count);
  if (best !== null && parts.every((n) => n !== null)) {
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (sum !== best) warn('best', `deaths_a + deaths_b + deaths_civilians + deaths_unknown = ${sum}, but best = ${best}`);
  }
}
