/**
 * A scale set as the app's published event files (src/data/columns/event-file.ts): the CLCOL column
 * file, the JSON meta and the text file, for the scale bench's "columns" page. EventColumns are
 * built straight from the set (the same rows the ACLED CSV carries, ids as an ACLED import gives
 * them), not through the importer: at 1M that would only time the bench. Each record's text is in
 * the importer's shape, its summary and source about as long as an ACLED event's notes and source,
 * so the text file is as large as a real import's; the page never loads it at start.
 */
import { writeEventFile } from '../../src/data/columns/event-file.ts';
import type { EventColumns } from '../../src/data/columns/store.ts';
import type { ScaleSet } from './scale-data.ts';

const FIRST_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
const TYPES = ['battles', 'explosions', 'violence_against_civilians', 'protests', 'riots', 'strategic_developments'];

export function scaleColumns(set: ScaleSet): EventColumns {
  const n = set.day.length;
  const day = Int32Array.from(set.day);
  const eventType = new Uint16Array(n);
  // Types by a cheap hash of the row, so the shapes vary as in a real set.
  for (let i = 0; i < n; i++) eventType[i] = ((i * 2654435761) >>> 0) % 7 < 4 ? 0 : ((i * 40503) >>> 0) % TYPES.length;
  return {
    count: n,
    firstDay: FIRST_DAY,
    lon: set.lon,
    lat: set.lat,
    day,
    dayEnd: day,
    group: new Uint16Array(n),
    eventType,
    dataset: new Uint16Array(n),
    geoPrecision: new Uint8Array(n).fill(1),
    flags: new Uint8Array(n),
    // One place name per row ("Place i", as the text says), one claimant, no times, no tolls.
    place: Uint32Array.from({ length: n }, (_, i) => i),
    claimant: new Uint16Array(n),
    time: new Uint16Array(n),
    toll: new Float32Array(n).fill(Number.NaN),
    party: new Uint8Array(n),
    ids: Array.from({ length: n }, (_, i) => `acled-SYN${i + 1}`),
    groups: ['acled'],
    eventTypes: TYPES,
    datasets: ['scale'],
    places: Array.from({ length: n }, (_, i) => `name:Place ${i + 1}`),
    claimants: [{ claimant: 'acled', claimant_label: 'ACLED' }],
    times: [''],
  };
}

/**
 * A row's record as the app's importer writes it (the shape the details panel checks and shows),
 * with a summary and a source about as long as an ACLED event's notes and source.
 */
function recordText(cols: EventColumns, i: number): unknown {
  const day = cols.firstDay + (cols.day[i] as number);
  const place = (cols.places.at(cols.place[i] as number) ?? '').replace(/^name:/, '');
  return {
    id: cols.ids.at(i),
    date: new Date(day * 86_400_000).toISOString().slice(0, 10),
    date_end: null,
    day,
    day_end: day,
    time: null,
    date_precision: 1,
    geo_precision: 1,
    place_id: null,
    place_name: place,
    country: null,
    location_role: 'site',
    event_type: cols.eventTypes[cols.eventType[i] as number],
    claimant: 'acled',
    claimant_label: 'ACLED',
    claimant_side: 'acled',
    accused: null,
    fatalities_claimed: null,
    fatalities_of: null,
    civilian_harm: 'unknown',
    summary: `Armed men attacked a position near ${place} (${cols.lat[i]?.toFixed(4)}, ${cols.lon[i]?.toFixed(4)}). Casualties unknown. A synthetic record of the scale bench.`,
    sources: [{ title: 'Testville Times; Radio Nowhere', publisher: 'ACLED', url: null, date: null }],
    related: [],
    strike: false,
    context: false,
    weak_source: null,
    unplotted_reason: null,
    unplotted_kind: null,
    notes: '',
  };
}

/**
 * The set's event files. `head` (a dataset head, as `npm run build -- --data` writes it): the rows
 * are also written in the table's date order as the build writes them (day, then the row's number,
 * which is the id's order: the ids are zero-padded), so the app's presorted table path is the one
 * measured.
 */
export function scaleEventFiles(set: ScaleSet, head?: unknown): { columns: Uint8Array; text: Uint8Array; meta: string } {
  const cols = head === undefined ? scaleColumns(set) : dateOrdered(scaleColumns(set));
  const records = Array.from({ length: cols.count }, (_, i) => recordText(cols, i));
  const { columns, text, meta } = writeEventFile(cols, records, undefined, head);
  return { columns, text, meta: JSON.stringify(meta) };
}

/** The columns sorted by day (stable), ids renumbered in that order and zero-padded so they sort as text too. */
function dateOrdered(cols: EventColumns): EventColumns {
  const n = cols.count;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (cols.day[a] as number) - (cols.day[b] as number) || a - b);
  const pick = <T extends Float32Array | Int32Array | Uint16Array | Uint8Array | Uint32Array>(a: T): T => {
    const out = a.slice() as T;
    for (let k = 0; k < n; k++) out[k] = a[order[k] as number] as number;
    return out;
  };
  const width = String(n).length;
  return {
    ...cols,
    lon: pick(cols.lon),
    lat: pick(cols.lat),
    day: pick(cols.day),
    dayEnd: pick(cols.dayEnd),
    eventType: pick(cols.eventType),
    ids: Array.from({ length: n }, (_, k) => `acled-SYN${String(k + 1).padStart(width, '0')}`),
  };
}

/** A dataset head for the app: one group (ACLED), the six event types. */
export const SCALE_HEAD = {
  meta: {
    id: 'scale',
    title: { en: 'Scale bench' },
    description: { en: '' },
    timeZone: 'UTC',
    licence: 'synthetic',
    attribution: { en: 'Synthetic' },
    sourceUrl: null,
    parties: [],
  },
  categories: {
    groups: [{ id: 'acled', label: { en: 'ACLED' }, order: 0 }],
    eventTypes: TYPES.map((id, order) => ({ id, label: { en: id }, order })),
  },
  claimants: [],
};
