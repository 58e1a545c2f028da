/**
 * The view's events as a CSV in the UCDP GED layout (the 49 columns, that order), then the
 * events' other `extra` columns. The inverse of src/data/import/ucdp-row.ts:
 *
 * - date_start/date_end from the date range (date_end = date_start for one day); date_prec the code
 *   the importer kept in `extra` while it agrees with the band, else derived (ucdp-codes.ts).
 * - latitude/longitude, geom_wkt (`POINT (lon lat)`, the kept text when it is the same point),
 *   where_prec as date_prec; where_coordinates = place name, where_description = summary.
 * - type_of_violence: the code 1–3 for UCDP's three types, other event types as text.
 * - side_a/side_b: the first two actors (GED has exactly two sides; further actors are not carried).
 * - conflict_name/dyad_name from the categories the importer fills.
 * - sources: source_article (links), source_office (publishers), source_date, source_headline
 *   (titles), each a `; `-list in the same order, as GED writes several reports. Where GED cannot
 *   list them (a field given for some sources only, a `;` inside a text) they are written as one
 *   source, texts joined with ', ', as the importer would read them.
 * - best/low/high from fatalities, fatalities_low, fatalities_high (whole counts).
 * - every other GED column (relid, deaths_a, gwnoa, …) from `extra` under its GED name.
 *
 * Fields that survive a round trip (export, then importUcdp): id, date, date_end, date_precision,
 * lat/lon, geo_precision/point_kind, place_name, country, admin1, event_type, up to two actors,
 * fatalities/low/high, summary, sources (when no source text contains `;`, UCDP's list separator,
 * and each of link/publisher/date/title is given for all sources or none), the conflict_name and
 * dyad_name categories, extra. Not carried: time, claimant (UCDP on import), title (the dyad's
 * name on import), other categories, line. Text comes back trimmed with line breaks as LF; a text
 * wholly wrapped in quote marks comes back unwrapped (the importer's repair of double-quoted extracts).
 */
import type { DatasetMeta, ImportedEvent, ImportedSource } from '../import/types.ts';
import { VIOLENCE_TYPES } from '../import/ucdp-codes.ts';
import { GED_COLUMNS, type GedColumn } from '../import/ucdp-columns.ts';
import { parseWktPoint } from '../import/ucdp-place.ts';
import { attributionText, type CsvExport } from './attribution.ts';
import { type Cell, type CsvOptions, countCell, layoutCsv, isIsoDate } from './csv-write.ts';
import { extraColumns, extraValue } from './extra-columns.ts';
import { datePrec, wherePrec } from './ucdp-codes.ts';

/** GED columns written from event fields; every other GED column is written from `extra`. */
const FROM_FIELDS: ReadonlySet<string> = new Set<GedColumn>([
  'id',
  'year',
  'type_of_violence',
  'conflict_name',
  'dyad_name',
  'side_a',
  'side_b',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'latitude',
  'longitude',
  'geom_wkt',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'best',
  'high',
  'low',
]);
const STANDARD: ReadonlySet<string> = new Set<string>(GED_COLUMNS);

type SourceColumns = Pick<Record<GedColumn, Cell>, 'source_article' | 'source_office' | 'source_date' | 'source_headline'>;

/** One source field of every source, trimmed ('' where a source lacks it). */
const column = (sources: readonly ImportedSource[], pick: (s: ImportedSource) => string): string[] => sources.map((s) => pick(s).trim());

/** The importer zips `; `-lists only when each is empty or has one item per source, none holding a `;`. */
const zips = (items: string[], n: number): boolean =>
  items.every((t) => t === '') || (items.length === n && items.every((t) => t !== '' && !t.includes(';')));

/** Distinct non-empty items as one text with no `;` in it (a `;` would split it on import). */
const merged = (items: string[]): string => [...new Set(items.filter((t) => t !== ''))].join(', ').replace(/;/g, ',');

function sourceCells(e: ImportedEvent): SourceColumns {
  const n = e.sources.length;
  const links = column(e.sources, (s) => s.url ?? '');
  // Article text that was not a link (kept in extra by the importer) goes back where it came from.
  const kept = extraValue(e, 'source_article').trim();
  const article = links.some((t) => t !== '') ? links : kept === '' ? [] : kept.split(';').map((t) => t.trim());
  const office = column(e.sources, (s) => s.publisher);
  const date = column(e.sources, (s) => s.date ?? '');
  const headline = column(e.sources, (s) => s.title);
  if ([article, office, date, headline].every((c) => zips(c, n))) {
    const join = (c: string[]) => (c.every((t) => t === '') ? '' : c.join('; '));
    return { source_article: join(article), source_office: join(office), source_date: join(date), source_headline: join(headline) };
  }
  // GED cannot list these reports (a field given for some but not all, or a `;` inside one): written as
  // one source, as the importer would read them anyway, so the export is stable from then on.
  return {
    source_article: merged(article),
    source_office: merged(office),
    source_date: date.find((t) => t !== '') ?? '',
    source_headline: merged(headline),
  };
}

function firstCategory(e: ImportedEvent, name: string): string {
  const values = Object.hasOwn(e.categories, name) ? e.categories[name] : undefined;
  return values?.[0] ?? '';
}

function row(e: ImportedEvent): Record<GedColumn, Cell> {
  const cells = Object.create(null) as Record<GedColumn, Cell>;
  for (const c of GED_COLUMNS) cells[c] = FROM_FIELDS.has(c) ? '' : extraValue(e, c);
  cells.id = e.id;
  const date = e.date;
  if (isIsoDate(date)) {
    const end = isIsoDate(e.date_end) && e.date_end > date ? e.date_end : null;
    cells.year = Number(date.slice(0, 4));
    cells.date_start = date;
    // A date_end the importer could not use stays text in extra: written back so it is kept again.
    cells.date_end = end ?? (extraValue(e, 'date_end') || date);
    cells.date_prec = datePrec(e, date, end ?? date);
  } else {
    cells.year = extraValue(e, 'year');
    cells.date_start = extraValue(e, 'date_start');
    cells.date_end = extraValue(e, 'date_end');
    cells.date_prec = extraValue(e, 'date_prec');
  }
  const typeCode = (VIOLENCE_TYPES as readonly string[]).indexOf(e.event_type);
  cells.type_of_violence = typeCode >= 0 ? typeCode + 1 : e.event_type;
  cells.conflict_name = firstCategory(e, 'conflict_name');
  cells.dyad_name = firstCategory(e, 'dyad_name');
  cells.side_a = e.actors[0] ?? '';
  cells.side_b = e.actors[1] ?? '';
  Object.assign(cells, sourceCells(e));
  cells.where_coordinates = e.place_name;
  cells.where_description = e.summary;
  cells.adm_1 = e.admin1 ?? '';
  cells.country = e.country ?? '';
  const placed = e.lat !== null && e.lon !== null && Number.isFinite(e.lat) && Number.isFinite(e.lon);
  const keptWkt = extraValue(e, 'geom_wkt');
  if (placed) {
    const lat = e.lat as number;
    const lon = e.lon as number;
    const p = parseWktPoint(keptWkt);
    cells.latitude = lat;
    cells.longitude = lon;
    cells.geom_wkt = p && p.lat === lat && p.lon === lon ? keptWkt : `POINT (${lon} ${lat})`;
    cells.where_prec = wherePrec(e);
  } else {
    // Text the importer could not read as a point stays text; a readable point would place the event.
    cells.geom_wkt = parseWktPoint(keptWkt) ? '' : keptWkt;
    cells.where_prec = extraValue(e, 'where_prec');
  }
  cells.best = countCell(e.fatalities);
  cells.low = countCell(e.fatalities_low);
  cells.high = countCell(e.fatalities_high);
  return cells;
}

export function toUcdpCsv(events: readonly ImportedEvent[], meta: DatasetMeta, options: CsvOptions = {}): CsvExport {
  // GED names in extra are written in their own columns; the importer keys other columns as written (trimmed).
  const extras = extraColumns(events, STANDARD, STANDARD, (k) => k.trim());
  return {
    csv: layoutCsv(events, GED_COLUMNS, extras, row, options),
    attribution: attributionText(meta, 'UCDP GED layout', events.length),
  };
}

/** The fields importUcdp gives back unchanged from a UCDP export (see the list at the top). */
export const UCDP_ROUND_TRIP_FIELDS = [
  'id',
  'date',
  'date_end',
  'date_precision',
  'lat',
  'lon',
  'geo_precision',
  'point_kind',
  'place_name',
  'country',
  'admin1',
  'event_type',
  'actors',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'summary',
  'sources',
  'extra',
] as const satisfies readonly (keyof ImportedEvent)[];
