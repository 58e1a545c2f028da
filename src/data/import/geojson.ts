/**
 * GeoJSON (RFC 7946) events with any properties: a FeatureCollection, a bare Feature, a bare
 * geometry or a plain array of Features. Which property is the date, title, link… is detected
 * (geojson-fields.ts) and returned, and the caller may pass a corrected mapping back in.
 *
 * Geometry: a Point is the event's place (a third, altitude value is dropped); a MultiPoint gives
 * ONE EVENT PER POINT (ids `<id>#1`, `<id>#2`, …, with a warning) because each point is a place
 * where it happened and showing only the first would hide the rest; a null geometry keeps the event
 * unplaced; NaN or out-of-range coordinates keep it unplaced with a warning; a line or polygon is
 * placed at the centre of its bounding box as a centroid (it is an area, not a located point).
 */
import { parseTime } from './dates.ts';
import { addWarning, newEvent, newReport } from './event.ts';
import { detectGeojsonFields, GEOJSON_ROLES, type GeojsonFields } from './geojson-fields.ts';
import { baseName, isObject, looseDate, metaFrom, own, parseJsonText, position, textOf } from './json-common.ts';
import { httpUrl } from './values.ts';
import type { ImportedEvent, ImportReport, ImportResult } from './types.ts';
import { plainRecord } from './types.ts';

export type { GeojsonFields } from './geojson-fields.ts';
export { detectGeojsonFields } from './geojson-fields.ts';

export type GeojsonImportResult = ImportResult & { fields: GeojsonFields };

export const NO_DATES = 'no dates: on the map, not on the timeline';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * Bounding-box centre of a line or polygon's positions; walks at most `depth` levels of arrays
 * with an explicit stack (never the file's own nesting depth), null when any position is bad.
 */
function bboxCentre(coords: unknown, depth: number): { lon: number; lat: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const stack: { v: unknown; d: number }[] = [{ v: coords, d: depth }];
  while (stack.length > 0) {
    const { v, d } = stack.pop() as { v: unknown; d: number };
    if (!Array.isArray(v)) return null;
    if (d === 1) {
      const p = position(v);
      if (!p) return null;
      minX = Math.min(minX, p.lon);
      maxX = Math.max(maxX, p.lon);
      minY = Math.min(minY, p.lat);
      maxY = Math.max(maxY, p.lat);
    } else for (const c of v) stack.push({ v: c, d: d - 1 });
  }
  return minX <= maxX ? { lon: (minX + maxX) / 2, lat: (minY + maxY) / 2 } : null;
}

const DEPTH: Record<string, number> = { LineString: 2, MultiLineString: 3, Polygon: 3, MultiPolygon: 4 };

/** The places one geometry yields: one per point, or one centroid; `bad` when coordinates are unusable. */
function places(geom: unknown): { points: { lon: number; lat: number }[]; centroid: boolean; bad: string | null } {
  if (geom === null || geom === undefined) return { points: [], centroid: false, bad: null };
  const type = own(geom, 'type');
  const coords = own(geom, 'coordinates');
  if (type === 'Point') {
    const p = position(coords);
    return p
      ? { points: [p], centroid: false, bad: null }
      : { points: [], centroid: false, bad: 'coordinates missing, not numbers or out of range' };
  }
  if (type === 'MultiPoint') {
    if (!Array.isArray(coords) || coords.length === 0) return { points: [], centroid: false, bad: 'MultiPoint without positions' };
    const pts = coords.map(position);
    if (pts.some((p) => p === null)) return { points: [], centroid: false, bad: 'a MultiPoint position is not a number or out of range' };
    return { points: pts as { lon: number; lat: number }[], centroid: false, bad: null };
  }
  if (typeof type === 'string' && type in DEPTH) {
    const c = bboxCentre(coords, DEPTH[type]);
    return c ? { points: [c], centroid: true, bad: null } : { points: [], centroid: false, bad: `${type} coordinates not usable` };
  }
  return { points: [], centroid: false, bad: `geometry type ${textOf(type) || '(none)'} not supported` };
}

/** The features of the file, whatever its top level; null when it is no GeoJSON at all. */
export function featuresOf(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root.filter((f) => own(f, 'type') === 'Feature');
  const type = own(root, 'type');
  if (type === 'FeatureCollection') {
    const f = own(root, 'features');
    return Array.isArray(f) ? f : [];
  }
  if (type === 'Feature') return [root];
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) return [{ type: 'Feature', geometry: root, properties: null }];
  return null;
}

function fillEvent(e: ImportedEvent, props: unknown, fields: GeojsonFields, report: ImportReport, defaultClaimant: string): void {
  const get = (key: string | null): unknown => (key === null ? undefined : own(props, key));
  const text = (key: string | null): string => textOf(get(key)).trim();
  const raw = get(fields.date);
  if (raw !== undefined && raw !== null && raw !== '') {
    const d = looseDate(raw);
    if (d) {
      e.date = d.date;
      e.date_end = d.date_end;
      e.date_precision = d.coarse ? 3 : 1;
      e.time = d.time;
    } else addWarning(report, e.line, fields.date, `date "${textOf(raw).slice(0, 40)}" not understood; the event has no date`);
  }
  const rawEnd = get(fields.date_end);
  if (e.date && rawEnd !== undefined && rawEnd !== null && rawEnd !== '') {
    const d = looseDate(rawEnd);
    if (!d) addWarning(report, e.line, fields.date_end, `end date "${textOf(rawEnd).slice(0, 40)}" not understood`);
    else if (d.date < e.date) addWarning(report, e.line, fields.date_end, 'end date before the start date; end date ignored');
    else {
      e.date_end = d.date_end ?? d.date;
      if (e.date_precision === 1 && e.date_end !== e.date) e.date_precision = 2;
    }
  }
  if (e.date_end === e.date) e.date_end = null;
  const t = text(fields.time);
  if (t) e.time = parseTime(t) ?? e.time;
  e.title = text(fields.title);
  e.summary = text(fields.description);
  e.event_type = text(fields.category);
  e.claimant = text(fields.claimant) || defaultClaimant;
  e.place_name = text(fields.place);
  const link = text(fields.url);
  if (link) {
    const url = httpUrl(link);
    e.sources.push({ title: url ? e.title || url : link, publisher: '', url, date: null });
  }
  const mapped = new Set<string>();
  for (const role of GEOJSON_ROLES) if (fields[role] !== null) mapped.add(fields[role] as string);
  if (isObject(props)) for (const key of Object.keys(props)) if (!mapped.has(key)) e.extra[key] = textOf(props[key]);
}

/**
 * Imports GeoJSON events. `mapping` overrides the detected fields role by role (null: not mapped);
 * the mapping used comes back as `fields` so a mapping step can show and correct it.
 */
export function importGeojson(fileName: string, text: string, mapping?: Partial<GeojsonFields>): GeojsonImportResult {
  const parsed = parseJsonText(fileName, text);
  if (parsed.ok) return importGeojsonValue(fileName, parsed.value, mapping);
  const report = { ...newReport(fileName, 'GeoJSON'), fatal: parsed.message };
  return { meta: metaFrom(null, fileName), events: [], regions: [], report, fields: detectGeojsonFields([]) };
}

/** The same, from an already parsed file (geojson-any.ts parses once to choose events or regions). */
export function importGeojsonValue(fileName: string, root: unknown, mapping?: Partial<GeojsonFields>): GeojsonImportResult {
  const report = newReport(fileName, 'GeoJSON');
  const meta = metaFrom(null, fileName);
  const empty = detectGeojsonFields([]);
  const features = featuresOf(root);
  if (features === null) {
    return {
      meta,
      events: [],
      regions: [],
      report: { ...report, fatal: `${fileName}: JSON, but not GeoJSON (no FeatureCollection, Feature or geometry)` },
      fields: empty,
    };
  }
  const fields: GeojsonFields = { ...detectGeojsonFields(features.map((f) => own(f, 'properties'))) };
  if (mapping) for (const role of GEOJSON_ROLES) if (mapping[role] !== undefined) fields[role] = mapping[role] ?? null;
  const claimant = baseName(fileName);
  const events: ImportedEvent[] = [];
  const seen = plainRecord<true>();
  features.forEach((f, i) => {
    const line = i + 1;
    if (own(f, 'type') !== 'Feature') {
      report.skipped.push({ line, column: 'type', reason: 'not a GeoJSON Feature' });
      return;
    }
    const props = own(f, 'properties');
    const rawId = (fields.id !== null ? own(props, fields.id) : undefined) ?? own(f, 'id');
    const id = textOf(rawId).trim() || `row-${line}`;
    if (seen[id]) addWarning(report, line, fields.id, `duplicate id ${id}`);
    seen[id] = true;
    const geo = places(own(f, 'geometry'));
    if (geo.bad) addWarning(report, line, 'geometry', `${geo.bad}: kept unplaced`);
    const base = newEvent(line, id);
    fillEvent(base, props, fields, report, claimant);
    if (geo.points.length > 1) addWarning(report, line, 'geometry', `MultiPoint of ${geo.points.length} points: one event per point`);
    const pts = geo.points.length > 0 ? geo.points : [null];
    pts.forEach((p, k) => {
      const e: ImportedEvent =
        k === 0
          ? base
          : {
              ...base,
              sources: base.sources.map((s) => ({ ...s })),
              categories: plainRecord(),
              extra: Object.assign(plainRecord<string>(), base.extra),
            };
      if (pts.length > 1) e.id = `${id}#${k + 1}`;
      if (p) {
        e.lon = p.lon;
        e.lat = p.lat;
        e.point_kind = geo.centroid ? 'centroid' : 'located';
        e.geo_precision = geo.centroid ? 3 : 1;
      }
      events.push(e);
    });
  });
  if (events.length > 0 && events.every((e) => e.date === null)) addWarning(report, null, fields.date, NO_DATES);
  report.imported = events.length;
  return { meta: metaFrom(root, fileName), events, regions: [], report, fields };
}
