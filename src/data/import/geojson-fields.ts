/**
 * Which property of a GeoJSON event file holds the date, the title, the link…: detected by name
 * first, then confirmed (or found) by the shape of the values, so `when` with dates in it is found
 * and a `date` property full of free text is not trusted. The result is a plain mapping the user
 * can correct in the mapping step and hand back to `importGeojson`.
 */
import { httpUrl } from './values.ts';
import { isObject, looseDate, normKey } from './json-common.ts';

export type GeojsonFields = {
  id: string | null;
  date: string | null;
  date_end: string | null;
  time: string | null;
  title: string | null;
  description: string | null;
  url: string | null;
  category: string | null;
  claimant: string | null;
  place: string | null;
};

export const GEOJSON_ROLES: readonly (keyof GeojsonFields)[] = [
  'id',
  'date',
  'date_end',
  'time',
  'title',
  'description',
  'url',
  'category',
  'claimant',
  'place',
];

/** Names by role, most specific first, compared after `normKey` (case and separators ignored). */
const NAMES: Record<keyof GeojsonFields, readonly string[]> = {
  id: ['id', 'eventid', 'uid', 'fid', 'identifier'],
  date: ['date', 'eventdate', 'datestart', 'startdate', 'start', 'datefrom', 'datetime', 'timestamp', 'when', 'day', 'time'],
  date_end: ['dateend', 'enddate', 'end', 'dateto', 'until', 'to'],
  time: ['time', 'hour', 'timeofday', 'localtime'],
  title: ['title', 'name', 'headline', 'label', 'eventname', 'event'],
  description: ['description', 'desc', 'summary', 'notes', 'details', 'text', 'comment', 'narrative'],
  url: ['url', 'link', 'sourceurl', 'href', 'source', 'sources', 'reference'],
  category: ['category', 'eventtype', 'type', 'kind', 'class', 'group', 'tag', 'tags'],
  claimant: ['claimant', 'claimedby', 'reportedby', 'accordingto', 'publisher'],
  place: ['location', 'place', 'placename', 'locality', 'town', 'city', 'village', 'address'],
};

/** How many features' properties are looked at: enough to judge, cheap on a 100k-feature file. */
const SAMPLE = 500;

type Column = { key: string; values: unknown[] };

function columns(properties: readonly unknown[]): Column[] {
  const byKey = new Map<string, Column>();
  for (const p of properties.slice(0, SAMPLE)) {
    if (!isObject(p)) continue;
    for (const key of Object.keys(p)) {
      let c = byKey.get(key);
      if (!c) {
        c = { key, values: [] };
        byKey.set(key, c);
      }
      const v = p[key];
      if (v !== null && v !== undefined && v !== '') c.values.push(v);
    }
  }
  return [...byKey.values()];
}

/** The share of non-empty values that pass `test` (0 when the column is empty). */
function share(c: Column, test: (v: unknown) => boolean): number {
  if (c.values.length === 0) return 0;
  let n = 0;
  for (const v of c.values) if (test(v)) n++;
  return n / c.values.length;
}

const isDate = (v: unknown) => looseDate(v) !== null;
const isUrl = (v: unknown) => typeof v === 'string' && httpUrl(v) !== null;
const isTime = (v: unknown) => typeof v === 'string' && /^\d{1,2}:\d{2}(:\d{2})?$/.test(v.trim());
const isText = (v: unknown) => typeof v === 'string' || typeof v === 'number';

/** Whether a column's values fit a role (a `date` named column must hold dates to count). */
function fits(role: keyof GeojsonFields, c: Column): boolean {
  switch (role) {
    case 'date':
    case 'date_end':
      return share(c, isDate) >= 0.5;
    case 'time':
      return share(c, isTime) >= 0.5;
    case 'url':
      return share(c, isUrl) >= 0.5;
    default:
      return share(c, isText) >= 0.5;
  }
}

/** Detects the mapping from a sample of `properties` objects (features' `properties`, nulls allowed). */
export function detectGeojsonFields(properties: readonly unknown[]): GeojsonFields {
  const cols = columns(properties);
  const used = new Set<string>();
  const out: GeojsonFields = {
    id: null,
    date: null,
    date_end: null,
    time: null,
    title: null,
    description: null,
    url: null,
    category: null,
    claimant: null,
    place: null,
  };
  for (const role of GEOJSON_ROLES) {
    for (const name of NAMES[role]) {
      const c = cols.find((col) => !used.has(col.key) && normKey(col.key) === name && fits(role, col));
      if (c) {
        out[role] = c.key;
        used.add(c.key);
        break;
      }
    }
  }
  // No date by name: the first column whose values mostly read as dates (e.g. `reported_on`).
  if (out.date === null) {
    const c = cols.find(
      (col) => !used.has(col.key) && col.values.length > 0 && share(col, (v) => typeof v === 'string' && isDate(v)) >= 0.8,
    );
    if (c) {
      out.date = c.key;
      used.add(c.key);
    }
  }
  // No link by name: the first column of http(s) URLs.
  if (out.url === null) {
    const c = cols.find((col) => !used.has(col.key) && col.values.length > 0 && share(col, isUrl) >= 0.8);
    if (c) out.url = c.key;
  }
  return out;
}
