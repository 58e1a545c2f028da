/**
 * Forensic Architecture timemap JSON: `{ events, sources, associations }` as served by
 * datasheet-server. Field names follow timemap's own reader (forensic-architecture/timemap,
 * src/common/utilities.js: `calcDatetime` reads `date` + `time` as `MM/DD/YYYY HH:mm`;
 * `insetSourceFrom` looks up each of `event.sources` by id in the sources; `getEventCategories`
 * and `getFilterParents` match `event.associations` ids against associations' `id` and
 * `filter_paths`) and its README's event layout (`description`/`desc`, `date`, `time`,
 * `location`, `latitude`/`lat`, `longitude`/`long` as strings, `category`).
 *
 * Sources may be an array of `{ id, … }` or an object keyed by id; only the ones events cite are
 * used. Associations become filter categories: `categories[<mode, lower-case>]` (e.g. `filter`,
 * `narrative`) lists the association titles (or ids) an event carries.
 */
import { parseDate, parseTime } from './dates.ts';
import { addWarning, newEvent, newReport } from './event.ts';
import { httpUrl, parseLatLon } from './values.ts';
import { baseName, isObject, metaFrom, own, parseJsonText, textOf } from './json-common.ts';
import type { ImportedEvent, ImportedSource, ImportResult } from './types.ts';
import { plainRecord } from './types.ts';

/** Event fields this importer maps; everything else goes to `extra` as text. */
const MAPPED = new Set([
  'id',
  'title',
  'description',
  'desc',
  'date',
  'time',
  'location',
  'latitude',
  'lat',
  'longitude',
  'long',
  'lng',
  'sources',
  'associations',
  'filters',
  'category',
  'type',
]);

type Association = { key: string; label: string };

function str(o: unknown, ...keys: string[]): string {
  for (const k of keys) {
    const v = own(o, k);
    if (v !== undefined && v !== null && textOf(v).trim() !== '') return textOf(v).trim();
  }
  return '';
}

/** The ids an event lists: an array, or one comma-separated string (timemap's older `filters`). */
function idList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => textOf(x).trim()).filter((x) => x !== '');
  if (typeof v === 'string' || typeof v === 'number') {
    return String(v)
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  }
  return [];
}

function sourceFrom(id: string, s: unknown): ImportedSource {
  let url = httpUrl(str(s, 'url'));
  const paths = own(s, 'paths');
  if (!url && Array.isArray(paths)) url = paths.map((p) => httpUrl(textOf(p))).find((u) => u !== null) ?? null;
  const date = str(s, 'date');
  return {
    title: str(s, 'title', 'description') || id,
    publisher: str(s, 'affil_1', 'affil', 'publisher'),
    url,
    date: date ? parseDate(date, 'mdy') : null,
  };
}

export function importTimemap(fileName: string, text: string): ImportResult {
  const report = newReport(fileName, 'timemap JSON');
  const parsed = parseJsonText(fileName, text);
  const meta = metaFrom(parsed.ok ? parsed.value : null, fileName);
  if (!parsed.ok) return { meta, events: [], regions: [], report: { ...report, fatal: parsed.message } };
  const root = parsed.value;
  const rawEvents = Array.isArray(root) ? root : own(root, 'events');
  if (!Array.isArray(rawEvents)) {
    return { meta, events: [], regions: [], report: { ...report, fatal: `${fileName}: JSON, but no timemap \`events\` list` } };
  }

  const sources = plainRecord<unknown>();
  const rawSources = own(root, 'sources');
  if (Array.isArray(rawSources)) {
    for (const s of rawSources) if (str(s, 'id')) sources[str(s, 'id')] = s;
  } else if (isObject(rawSources)) for (const id of Object.keys(rawSources)) sources[id] = rawSources[id];

  const associations = plainRecord<Association>();
  const rawAssoc = own(root, 'associations');
  if (Array.isArray(rawAssoc)) {
    for (const a of rawAssoc) {
      const id = str(a, 'id');
      if (id) associations[id] = { key: (str(a, 'mode') || 'filter').toLowerCase(), label: str(a, 'title') || id };
    }
  }

  const claimant = baseName(fileName);
  const events: ImportedEvent[] = [];
  rawEvents.forEach((ev, i) => {
    const line = i + 1;
    if (!isObject(ev)) {
      report.skipped.push({ line, column: null, reason: 'not an event object' });
      return;
    }
    const e = newEvent(line, str(ev, 'id') || `row-${line}`);
    e.claimant = claimant;
    const dateText = str(ev, 'date');
    if (dateText) {
      e.date = parseDate(dateText, 'mdy');
      if (!e.date) addWarning(report, line, 'date', `date "${dateText.slice(0, 40)}" not understood (timemap dates are MM/DD/YYYY)`);
      else if (/^(1[3-9]|[2-3]\d)\//.test(dateText))
        addWarning(report, line, 'date', `date "${dateText.slice(0, 40)}" is not MM/DD/YYYY: read as DD/MM/YYYY`);
    }
    const timeText = str(ev, 'time');
    if (timeText) {
      e.time = parseTime(timeText);
      if (!e.time) addWarning(report, line, 'time', `time "${timeText.slice(0, 20)}" not understood (HH:mm)`);
    }
    const lat = str(ev, 'latitude', 'lat');
    const lon = str(ev, 'longitude', 'long', 'lng');
    if (lat || lon) {
      const p = parseLatLon(lat, lon);
      if (p) {
        e.lat = p.lat;
        e.lon = p.lon;
        e.point_kind = 'located';
        e.geo_precision = 1;
      } else addWarning(report, line, 'latitude', `coordinates "${lat.slice(0, 20)}, ${lon.slice(0, 20)}" not usable: kept unplaced`);
    }
    e.place_name = str(ev, 'location');
    e.title = str(ev, 'title');
    e.summary = str(ev, 'description', 'desc');
    e.event_type = str(ev, 'category', 'type');
    for (const id of idList(own(ev, 'sources'))) {
      if (Object.hasOwn(sources, id)) e.sources.push(sourceFrom(id, sources[id]));
      else addWarning(report, line, 'sources', `source ${id} not found in sources`);
    }
    for (const id of [...idList(own(ev, 'associations')), ...idList(own(ev, 'filters'))]) {
      const a = Object.hasOwn(associations, id) ? associations[id] : rawAssoc === undefined ? { key: 'filter', label: id } : null;
      if (!a) {
        addWarning(report, line, 'associations', `association ${id} not found in associations`);
        continue;
      }
      if (!Object.hasOwn(e.categories, a.key)) e.categories[a.key] = [];
      if (!e.categories[a.key].includes(a.label)) e.categories[a.key].push(a.label);
    }
    for (const key of Object.keys(ev)) if (!MAPPED.has(key)) e.extra[key] = textOf(ev[key]);
    events.push(e);
  });
  if (events.length > 0 && events.every((e) => e.date === null))
    addWarning(report, null, 'date', 'no dates: on the map, not on the timeline');
  report.imported = events.length;
  return { meta, events, regions: [], report };
}
