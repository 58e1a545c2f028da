/**
 * Claimline's own file: the imported dataset as one GeoJSON FeatureCollection, so it opens in any
 * GIS tool, with `claimline_format` (the version of this layout), the dataset `meta`, every event
 * as a Point feature (null geometry when unplaced) carrying all ImportedEvent fields, and every
 * region as a feature with `claimline_kind: "region"`. Writing then reading gives back the same
 * events, regions and meta (tests/unit/import-claimline.test.ts checks it property by property).
 */
import { addWarning, newEvent, newReport } from './event.ts';
import { isObject, metaFrom, own, parseJsonText, textOf } from './json-common.ts';
import { httpUrl } from './values.ts';
import type { DatasetMeta, ImportedEvent, ImportedRegion, ImportedSource, ImportReport, ImportResult } from './types.ts';

export const CLAIMLINE_FORMAT = 1;

export function writeClaimlineFile(result: ImportResult): string {
  const events = result.events.map((e) => {
    const { lon, lat, ...props } = e;
    const geometry = lon !== null && lat !== null ? { type: 'Point', coordinates: [lon, lat] } : null;
    return { type: 'Feature', geometry, properties: { claimline_kind: 'event', ...props } };
  });
  const regions = result.regions.map((r) => {
    const { geometry, ...props } = r;
    return { type: 'Feature', geometry, properties: { claimline_kind: 'region', ...props } };
  });
  return JSON.stringify({
    type: 'FeatureCollection',
    claimline_format: CLAIMLINE_FORMAT,
    meta: result.meta,
    features: [...events, ...regions],
  });
}

const str = (o: unknown, k: string): string => (typeof own(o, k) === 'string' ? (own(o, k) as string) : '');
const strOrNull = (o: unknown, k: string): string | null => (typeof own(o, k) === 'string' ? (own(o, k) as string) : null);
const numOrNull = (o: unknown, k: string): number | null => {
  const v = own(o, k);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};
function oneOf<T>(o: unknown, k: string, allowed: readonly T[], fallback: T): T {
  const v = own(o, k) as T;
  return allowed.includes(v) ? v : fallback;
}

function sourcesOf(v: unknown): ImportedSource[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).map((s) => {
    // The same test as every importer (httpUrl): a scheme prefix alone lets `https:// x` or `https://` through.
    const url = httpUrl(str(s, 'url'));
    return {
      title: str(s, 'title'),
      publisher: str(s, 'publisher'),
      url,
      date: strOrNull(s, 'date'),
    };
  });
}

function eventOf(props: unknown, geometry: unknown, line: number, report: ImportReport): ImportedEvent {
  // A string id is kept as written (even empty): the file is Claimline's own, so it round-trips.
  const e = newEvent(numOrNull(props, 'line') ?? line, strOrNull(props, 'id') ?? `row-${line}`);
  e.date = strOrNull(props, 'date');
  e.date_end = strOrNull(props, 'date_end');
  e.date_precision = oneOf(props, 'date_precision', [1, 2, 3] as const, 1);
  e.time = strOrNull(props, 'time');
  const c = own(geometry, 'coordinates');
  if (
    own(geometry, 'type') === 'Point' &&
    Array.isArray(c) &&
    typeof c[0] === 'number' &&
    typeof c[1] === 'number' &&
    Number.isFinite(c[0]) &&
    Number.isFinite(c[1])
  ) {
    if (Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90) {
      e.lon = c[0];
      e.lat = c[1];
    } else addWarning(report, line, 'geometry', 'coordinates out of range: kept unplaced');
  }
  e.geo_precision = oneOf(props, 'geo_precision', [1, 2, 3, null] as const, null);
  e.point_kind = oneOf(props, 'point_kind', ['located', 'centroid', 'country_centroid', 'water_or_air', null] as const, null);
  e.place_name = str(props, 'place_name');
  e.country = strOrNull(props, 'country');
  e.admin1 = strOrNull(props, 'admin1');
  e.event_type = str(props, 'event_type');
  e.sub_event_type = strOrNull(props, 'sub_event_type');
  e.claimant = str(props, 'claimant');
  const actors = own(props, 'actors');
  e.actors = Array.isArray(actors) ? actors.filter((a): a is string => typeof a === 'string') : [];
  e.fatalities = numOrNull(props, 'fatalities');
  e.fatalities_low = numOrNull(props, 'fatalities_low');
  e.fatalities_high = numOrNull(props, 'fatalities_high');
  e.title = str(props, 'title');
  e.summary = str(props, 'summary');
  e.sources = sourcesOf(own(props, 'sources'));
  const cats = own(props, 'categories');
  if (isObject(cats)) {
    for (const k of Object.keys(cats)) {
      const list = cats[k];
      if (Array.isArray(list)) e.categories[k] = list.filter((x): x is string => typeof x === 'string');
    }
  }
  const extra = own(props, 'extra');
  if (isObject(extra)) for (const k of Object.keys(extra)) e.extra[k] = textOf(extra[k]);
  return e;
}

const REGION_TYPES = ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'] as const;

function regionOf(props: unknown, geometry: unknown, line: number): ImportedRegion | null {
  const type = own(geometry, 'type');
  const coordinates = own(geometry, 'coordinates');
  if (!REGION_TYPES.includes(type as (typeof REGION_TYPES)[number]) || !Array.isArray(coordinates)) return null;
  return {
    id: strOrNull(props, 'id') ?? `region-${line}`,
    name: str(props, 'name'),
    valid_from: strOrNull(props, 'valid_from'),
    valid_to: strOrNull(props, 'valid_to'),
    // Written by Claimline itself; the map layer validates positions before drawing.
    geometry: { type: type as ImportedRegion['geometry']['type'], coordinates },
    source: str(props, 'source'),
    line: numOrNull(props, 'line') ?? line,
  };
}

export function importClaimline(fileName: string, text: string): ImportResult {
  const report = newReport(fileName, `Claimline file (format ${CLAIMLINE_FORMAT})`);
  const parsed = parseJsonText(fileName, text);
  const root = parsed.ok ? parsed.value : null;
  const rawMeta = own(root, 'meta');
  const fallback = metaFrom(null, fileName);
  const meta: DatasetMeta = isObject(rawMeta)
    ? {
        title: str(rawMeta, 'title'),
        description: str(rawMeta, 'description'),
        time_zone: strOrNull(rawMeta, 'time_zone'),
        licence: str(rawMeta, 'licence'),
        attribution: str(rawMeta, 'attribution'),
        source_url: strOrNull(rawMeta, 'source_url'),
      }
    : fallback;
  if (meta.source_url !== null) meta.source_url = httpUrl(meta.source_url);
  if (!parsed.ok) return { meta, events: [], regions: [], report: { ...report, fatal: parsed.message } };
  const version = own(root, 'claimline_format');
  const features = own(root, 'features');
  if (typeof version !== 'number' || !Array.isArray(features)) {
    return {
      meta,
      events: [],
      regions: [],
      report: { ...report, fatal: `${fileName}: not a Claimline file (no claimline_format or features)` },
    };
  }
  if (version > CLAIMLINE_FORMAT)
    addWarning(report, null, 'claimline_format', `written by a newer Claimline (format ${version}); fields it added are ignored`);
  const events: ImportedEvent[] = [];
  const regions: ImportedRegion[] = [];
  features.forEach((f, i) => {
    const line = i + 1;
    const props = own(f, 'properties');
    const kind = own(props, 'claimline_kind');
    if (kind === 'region') {
      const r = regionOf(props, own(f, 'geometry'), line);
      if (r) regions.push(r);
      else report.skipped.push({ line, column: 'geometry', reason: 'region without a polygon or line' });
    } else if (kind === 'event' || kind === undefined) events.push(eventOf(props, own(f, 'geometry'), line, report));
    else report.skipped.push({ line, column: 'claimline_kind', reason: `unknown kind ${textOf(kind).slice(0, 40)}` });
  });
  report.imported = events.length;
  return { meta, events, regions, report };
}
