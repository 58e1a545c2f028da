/**
 * Events as columns: one typed array per field, one row per event, built once (in the import
 * worker) and handed to the page as a postMessage transfer, not a copy. Worker-safe: no DOM.
 *
 * Days are stored relative to `firstDay` (the earliest dated row, context records included, so
 * every dated row's day is ≥ 0): a 32-bit float holds every integer below 2^24 exactly, so the
 * GPU compares days without rounding.
 *
 * No point: `lon`/`lat` are NaN. No extra byte per event, and every comparison with NaN is false,
 * so a bounding-box or distance test can never pick an unplaced row by accident; test with
 * `Number.isNaN(lon[i])`. A GPU layer uploads only the rows with a point (filter.ts `plotted`).
 *
 * No date (imported events only): the row is kept (ids stay aligned with the file, and an undated
 * event with a point is drawn at every date as today), flagged UNDATED, with the empty day range
 * [NO_DAY, -NO_DAY] that overlaps no window; windowIndex and the day counts leave it out.
 *
 * @example
 * const cols = columnsFromIncidents(dataset.incidents, { groups: ['armenia', 'azerbaijan'] });
 * worker.postMessage(cols, transferables(cols));
 */
import { slug } from '../derive/slug.ts';
import { placeOf, uniqueId, whereOf } from '../import/to-incidents.ts';
import type { ImportedEvent } from '../import/types.ts';
import { dayFields } from '../derive/incidents.ts';
import type { Incident, IncidentProperties } from '../schema.ts';
import { TOLL_PARTIES, tollParty } from '../claim-groups.ts';
import { type Claimant, ClaimantLookup, Lookup, placeKey } from './dictionary.ts';
import type { Names } from './names.ts';

/** "In the direction of": drawn hollow. */
export const FLAG_DIRECTION = 1;
/** Both parties claimed something about this place and these days: the both-sides ring. */
export const FLAG_BOTH_SIDES = 2;
/** No date: on the map at every date, never on the timeline or in a window. */
export const FLAG_UNDATED = 4;
/** Background outside the incident period (the context strip): never in a window. */
export const FLAG_CONTEXT = 8;
/** An undated row's day; its dayEnd is -NO_DAY. Exact in float32, and the range is empty. */
export const NO_DAY = 2 ** 30;
/** The party index of a toll that does not say whose dead it counts. */
export const UNSTATED = TOLL_PARTIES.indexOf('unstated');

export type EventColumns = {
  count: number;
  /** Day number (days since 1970-01-01, data/day.ts) that `day` and `dayEnd` count from. */
  firstDay: number;
  lon: Float32Array;
  lat: Float32Array;
  day: Int32Array;
  dayEnd: Int32Array;
  /** Index into `groups` (claimant group). */
  group: Uint16Array;
  eventType: Uint16Array;
  dataset: Uint16Array;
  /** 0: no point or no precision given; 1–3 as IncidentProperties.geo_precision. */
  geoPrecision: Uint8Array;
  flags: Uint8Array;
  /** Index into `places`: the place key (dictionary.ts placeKey). */
  place: Uint32Array;
  /** Index into `claimants`. */
  claimant: Uint16Array;
  /** Index into `times`: the time as given (HH:MM), '' for none. */
  time: Uint16Array;
  /** The claimed toll (fatalities_claimed), NaN for none. Whole numbers, exact in float32. */
  toll: Float32Array;
  /** Index into TOLL_PARTIES (claim-groups.ts): whose dead the toll counts. */
  party: Uint8Array;
  /** Names read by position (names.ts): a published event file's are packed, not a string each. */
  ids: Names;
  places: Names;
  claimants: Claimant[];
  times: string[];
  groups: string[];
  eventTypes: string[];
  datasets: string[];
};

function allocate(count: number) {
  return {
    count,
    lon: new Float32Array(count),
    lat: new Float32Array(count),
    day: new Int32Array(count),
    dayEnd: new Int32Array(count),
    group: new Uint16Array(count),
    eventType: new Uint16Array(count),
    dataset: new Uint16Array(count),
    geoPrecision: new Uint8Array(count),
    flags: new Uint8Array(count),
    place: new Uint32Array(count),
    claimant: new Uint16Array(count),
    time: new Uint16Array(count),
    toll: new Float32Array(count),
    party: new Uint8Array(count),
    ids: new Array<string>(count),
  };
}

/** Writes absolute days relative to the earliest, leaving undated rows at [NO_DAY, -NO_DAY]. */
function relativeDays(c: ReturnType<typeof allocate>, absolute: Float64Array): number {
  let first = Infinity;
  for (let i = 0; i < c.count; i++) if (!(c.flags[i] & FLAG_UNDATED)) first = Math.min(first, absolute[2 * i]);
  const firstDay = Number.isFinite(first) ? first : 0;
  for (let i = 0; i < c.count; i++) {
    const undated = c.flags[i] & FLAG_UNDATED;
    c.day[i] = undated ? NO_DAY : absolute[2 * i] - firstDay;
    c.dayEnd[i] = undated ? -NO_DAY : absolute[2 * i + 1] - firstDay;
  }
  return firstDay;
}

export type IncidentLookups = {
  /** The dataset's group ids, in its order (others found in the records are added after). */
  groups?: readonly string[];
  eventTypes?: readonly string[];
  datasets?: readonly string[];
  /** Which dataset a record comes from (combined datasets); one dataset "" when absent. */
  datasetOf?: (p: IncidentProperties) => string;
  /** Ids with claims from both parties (claim-groups.ts bothSidesIds). */
  bothSides?: ReadonlySet<string>;
};

/** Columns for the app's records (the built-in dataset, or imports already converted). */
export function columnsFromIncidents(incidents: readonly Incident[], lookups: IncidentLookups = {}): EventColumns {
  const c = allocate(incidents.length);
  const groups = new Lookup(lookups.groups);
  const types = new Lookup(lookups.eventTypes);
  const datasets = new Lookup(lookups.datasets);
  const places = new Lookup([''], 2 ** 32);
  const claimants = new ClaimantLookup();
  const times = new Lookup(['']);
  const days = new Float64Array(2 * c.count);
  incidents.forEach((f, i) => {
    const p = f.properties;
    const at = f.geometry?.coordinates;
    c.lon[i] = at ? at[0] : Number.NaN;
    c.lat[i] = at ? at[1] : Number.NaN;
    days[2 * i] = p.day;
    days[2 * i + 1] = p.day_end;
    c.group[i] = groups.of(p.claimant_side);
    c.eventType[i] = types.of(p.event_type);
    c.dataset[i] = datasets.of(lookups.datasetOf?.(p) ?? '');
    c.geoPrecision[i] = at ? (p.geo_precision ?? 0) : 0;
    c.flags[i] =
      (p.location_role === 'direction' ? FLAG_DIRECTION : 0) |
      (lookups.bothSides?.has(p.id) ? FLAG_BOTH_SIDES : 0) |
      (p.context ? FLAG_CONTEXT : 0);
    c.place[i] = places.of(placeKey(p));
    c.claimant[i] = claimants.of(p);
    c.time[i] = times.of(p.time ?? '');
    c.toll[i] = p.fatalities_claimed ?? Number.NaN;
    c.party[i] = TOLL_PARTIES.indexOf(tollParty(p));
    c.ids[i] = p.id;
  });
  const firstDay = relativeDays(c, days);
  const names = { places: places.names, claimants: claimants.list, times: times.names };
  return { ...c, firstDay, groups: groups.names, eventTypes: types.names, datasets: datasets.names, ...names };
}

export type ImportedLookups = {
  /** The claimant group every event of the file is in (to-incidents.ts: one group per file). */
  group: string;
  dataset: string;
  /** The file's title: the claimant of an event that names none (toIncidents); the group when absent. */
  title?: string;
  /** The event type id for a label as given; the trimmed label (or "Event") when absent. */
  eventTypeOf?: (label: string) => string;
  /** Record ids already in use; the new ones are added, as toIncidents does, so both give the same ids. */
  takenIds?: Set<string>;
};

/**
 * Columns straight from an importer's events, with toIncidents' rules (to-incidents.ts): the same
 * ids, days, points and precisions. An event without a valid date becomes an UNDATED row (see top).
 */
export function columnsFromImported(events: readonly ImportedEvent[], o: ImportedLookups): EventColumns {
  const c = allocate(events.length);
  const types = new Lookup();
  const taken = o.takenIds ?? new Set<string>();
  const typeOf = o.eventTypeOf ?? ((label: string) => label.trim() || 'Event');
  const typeIndex = new Map<string, number>();
  const days = new Float64Array(2 * c.count);
  const places = new Lookup([''], 2 ** 32);
  const times = new Lookup(['']);
  // As toIncidents: a claimant as given, else the file's title; its id a slug. Once per distinct text.
  const claimants = new ClaimantLookup();
  const claimantIndex = new Map<string, number>();
  const claimantOf = (given: string) => {
    let k = claimantIndex.get(given);
    if (k === undefined) {
      const label = given.trim() || o.title || o.group;
      k = claimants.of({ claimant: slug(label, 60) || o.group, claimant_label: label });
      claimantIndex.set(given, k);
    }
    return k;
  };
  // Many events share their dates: parse each pair once.
  const spans = new Map<string, ReturnType<typeof dayFields>>();
  const spanOf = (date: string, end: string | null) => {
    const key = `${date}/${end}`;
    let span = spans.get(key);
    if (span === undefined) {
      span = dayFields(date, end);
      spans.set(key, span);
    }
    return span;
  };
  events.forEach((e, i) => {
    const span = e.date ? spanOf(e.date, e.date_end) : null;
    const at = whereOf(e);
    c.lon[i] = at.coordinates ? at.coordinates[0] : Number.NaN;
    c.lat[i] = at.coordinates ? at.coordinates[1] : Number.NaN;
    days[2 * i] = span?.day ?? 0;
    days[2 * i + 1] = span?.day_end ?? 0;
    let t = typeIndex.get(e.event_type);
    if (t === undefined) {
      t = types.of(typeOf(e.event_type));
      typeIndex.set(e.event_type, t);
    }
    c.eventType[i] = t;
    c.geoPrecision[i] = at.geo_precision ?? 0;
    c.flags[i] = span ? 0 : FLAG_UNDATED;
    c.place[i] = places.of(placeKey({ place_id: null, place_name: placeOf(e), geo_precision: at.geo_precision }));
    c.claimant[i] = claimantOf(e.claimant);
    c.time[i] = times.of(e.time ?? '');
    c.party[i] = UNSTATED; // toIncidents: an import never says whose dead
    c.toll[i] = e.fatalities !== null && Number.isInteger(e.fatalities) && e.fatalities >= 0 ? e.fatalities : Number.NaN;
    c.ids[i] = uniqueId(`${o.group}-${e.id}`, '-', taken, `${o.group}-row-${e.line}`);
  });
  // group and dataset stay 0: one of each per file.
  const firstDay = relativeDays(c, days);
  const names = { places: places.names, claimants: claimants.list, times: times.names };
  return { ...c, firstDay, groups: [o.group], eventTypes: types.names, datasets: [o.dataset], ...names };
}

const ARRAYS = [
  'lon',
  'lat',
  'day',
  'dayEnd',
  'group',
  'eventType',
  'dataset',
  'geoPrecision',
  'flags',
  'place',
  'claimant',
  'time',
  'toll',
  'party',
] as const;

/** Every typed array's buffer, for postMessage's transfer list (the arrays are unusable here afterwards). */
export function transferables(cols: EventColumns): ArrayBuffer[] {
  return [...new Set(ARRAYS.map((k) => cols[k].buffer as ArrayBuffer))];
}

/** Bytes held by the typed arrays (not the id strings or the dictionaries' names). */
export function columnBytes(cols: EventColumns): number {
  return ARRAYS.reduce((sum, k) => sum + cols[k].byteLength, 0);
}

/** Rows with a flag set, e.g. `countFlag(cols, FLAG_UNDATED)`. */
export function countFlag(cols: EventColumns, flag: number): number {
  let n = 0;
  for (let i = 0; i < cols.count; i++) if (cols.flags[i] & flag) n++;
  return n;
}
