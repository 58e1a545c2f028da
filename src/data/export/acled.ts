/**
 * The view's events as a CSV in ACLED's current export layout (the 31 columns, that order), then
 * the events' other `extra` columns. The inverse of src/data/import/acled-row.ts:
 *
 * - event_date is ACLED's coded day: the exact day (time_precision 1); for a span (precision 2,
 *   time_precision 2) or a month or coarser (3, time_precision 3) the day ACLED coded, which the
 *   importer keeps in `extra.event_date`, else the middle of the span. `year` is the coded day's.
 * - geo_precision: 1 or 2 for a located point, 3 for a centroid, a country centroid, or water/air
 *   (ACLED's "a larger region, coded at a central point"); empty when the event is unplaced.
 * - actors: ACLED has two actor columns and two `;`-lists of associated actors, Claimline one ordered
 *   list: the first is actor1, the second actor2, the rest assoc_actor_2, which the importer reads
 *   back in the same order (who was associated with whom is not in the list, so it is not written).
 * - source: each source's outlet (publisher, else its link, else its title), joined with '; '.
 * - notes: the summary; fatalities: a whole count or empty.
 * - disorder_type, inter1/2, interaction, civilian_targeting, iso, region, admin2/3, source_scale,
 *   tags, timestamp: from `extra` under those names, as the importer keeps them.
 *
 * Fields that survive a round trip (export, then importAcled): id, date, date_end and
 * date_precision in ACLED's bands, lat/lon, geo_precision/point_kind in ACLED's bands, place_name,
 * country, admin1, event_type, sub_event_type, actors, source names, fatalities, summary, extra.
 * Not carried: time, title (ACLED's is derived), claimant (always ACLED on import), source dates,
 * fatalities_low/high, categories (derived from extra on import), line.
 * Text comes back trimmed (the importer trims cells) with line breaks as LF.
 *
 * The attribution is not in the CSV (see attribution.ts): it is returned next to it.
 */
import { canonical } from '../import/acled.ts';
import type { DatasetMeta, ImportedEvent } from '../import/types.ts';
import { attributionText, type CsvExport } from './attribution.ts';
import { type Cell, type CsvOptions, countCell, layoutCsv, isIsoDate, middleDay } from './csv-write.ts';
import { extraColumns, extraValue } from './extra-columns.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Standard columns the importer keeps in `extra` under their own name: written from there. */
const FROM_EXTRA: ReadonlySet<string> = new Set<AcledColumn>([
  'disorder_type',
  'inter1',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'admin2',
  'admin3',
  'source_scale',
  'tags',
  'timestamp',
]);
/** `extra` keys the standard columns write: the above, the coded day and the year. */
const CONSUMED: ReadonlySet<string> = new Set([...FROM_EXTRA, 'event_date', 'year']);
/** Names an appended column must not take: the layout's and the importer's aliases of them. */
const RESERVED: ReadonlySet<string> = new Set<string>([...ACLED_COLUMNS, 'actor', 'assoc_actor', 'inter']);

/** event_date and time_precision for an event's date range; null when it has no date. */
export function acledDate(e: ImportedEvent): { day: string; precision: 1 | 2 | 3 } | null {
  if (!isIsoDate(e.date)) return null;
  if (e.date_precision === 1) return { day: e.date, precision: 1 };
  const end = isIsoDate(e.date_end) && e.date_end >= e.date ? e.date_end : e.date;
  const coded = e.extra.event_date;
  const day = isIsoDate(coded) && coded >= e.date && coded <= end ? coded : middleDay(e.date, end);
  return { day, precision: e.date_precision };
}

/** ACLED geo_precision for a placed event. */
export function acledGeoPrecision(e: ImportedEvent): 1 | 2 | 3 | null {
  if (e.point_kind === 'centroid' || e.point_kind === 'country_centroid' || e.point_kind === 'water_or_air') return 3;
  return e.geo_precision;
}

function sourceName(s: ImportedEvent['sources'][number]): string {
  return s.publisher.trim() || (s.url ?? '').trim() || s.title.trim();
}

function row(e: ImportedEvent): Record<AcledColumn, Cell> {
  const when = acledDate(e);
  const placed = e.lat !== null && e.lon !== null && Number.isFinite(e.lat) && Number.isFinite(e.lon);
  const cells = Object.create(null) as Record<AcledColumn, Cell>;
  for (const c of FROM_EXTRA) cells[c as AcledColumn] = extraValue(e, c);
  cells.event_id_cnty = e.id;
  cells.event_date = when ? when.day : '';
  cells.year = when ? Number(when.day.slice(0, 4)) : extraValue(e, 'year');
  cells.time_precision = when ? when.precision : null;
  cells.event_type = e.event_type;
  cells.sub_event_type = e.sub_event_type ?? '';
  cells.actor1 = e.actors[0] ?? '';
  cells.assoc_actor_1 = '';
  cells.actor2 = e.actors[1] ?? '';
  cells.assoc_actor_2 = e.actors.slice(2).join('; ');
  cells.country = e.country ?? '';
  cells.admin1 = e.admin1 ?? '';
  cells.location = e.place_name;
  cells.latitude = placed ? e.lat : null;
  cells.longitude = placed ? e.lon : null;
  cells.geo_precision = placed ? acledGeoPrecision(e) : null;
  cells.source = e.sources
    .map(sourceName)
    .filter((s) => s !== '')
    .join('; ');
  cells.notes = e.summary;
  cells.fatalities = countCell(e.fatalities);
  return cells;
}

export function toAcledCsv(events: readonly ImportedEvent[], meta: DatasetMeta, options: CsvOptions = {}): CsvExport {
  const extras = extraColumns(events, CONSUMED, RESERVED, canonical);
  return { csv: layoutCsv(events, ACLED_COLUMNS, extras, row, options), attribution: attributionText(meta, 'ACLED layout', events.length) };
}

/** The fields importAcled gives back unchanged from an ACLED export (see the list at the top). */
export const ACLED_ROUND_TRIP_FIELDS = [
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
  'sub_event_type',
  'actors',
  'fatalities',
  'summary',
  'sources',
  'extra',
] as const satisfies readonly (keyof ImportedEvent)[];
