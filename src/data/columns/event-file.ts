/**
 * EventColumns as files, for published datasets (docs/columnar-file.md): the typed arrays in a CLCOL
 * column file, each record's text (whatever the caller gives: its properties) in the companion text
 * file, read by range, and the names the indices point into (groups, event types, datasets), the
 * first day and the record ids in a small JSON meta file. Worker-safe.
 *
 * @example
 * const { columns, text, meta } = writeEventFile(cols, records);
 * const cols2 = readEventFile(readColumns(columns), parseEventMeta(JSON.parse(metaText)));
 */
import type { ColumnFile } from './binary-read.ts';
import { ColumnFileError } from './binary-read.ts';
import { type ColumnInput, writeColumns } from './binary-write.ts';
import type { ColumnArray } from './format.ts';
import type { Claimant } from './dictionary.ts';
import { TOLL_PARTIES } from '../claim-groups.ts';
import { type EventColumns, UNSTATED } from './store.ts';

/** Records per text chunk: one chunk is one Range request (about 75 KB of ACLED-like text). */
export const EVENT_TEXT_CHUNK = 512;

export type EventMeta = {
  format: 'claimline-events';
  version: 1;
  count: number;
  firstDay: number;
  groups: string[];
  eventTypes: string[];
  datasets: string[];
  ids: string[];
  places: string[];
  claimants: Claimant[];
  times: string[];
  /**
   * The dataset's head (a Claimline dataset file: meta, categories, claimants) so a page can show the
   * event file alone; checked where it is read (dataset-schema.ts parseDatasetFile), not here.
   */
  head?: unknown;
};

const ARRAYS = {
  lon: Float32Array,
  lat: Float32Array,
  day: Int32Array,
  dayEnd: Int32Array,
  group: Uint16Array,
  eventType: Uint16Array,
  dataset: Uint16Array,
  geoPrecision: Uint8Array,
  flags: Uint8Array,
  place: Uint32Array,
  claimant: Uint16Array,
  time: Uint16Array,
  toll: Float32Array,
  party: Uint8Array,
} as const;
type ArrayName = keyof typeof ARRAYS;
const NAMES = Object.keys(ARRAYS) as ArrayName[];

export function writeEventFile(
  cols: EventColumns,
  records?: readonly unknown[],
  chunkSize = EVENT_TEXT_CHUNK,
  head?: unknown,
): { columns: Uint8Array; text: Uint8Array; meta: EventMeta } {
  if (records && records.length !== cols.count) throw new Error(`${records.length} text records for ${cols.count} rows`);
  const input: ColumnInput[] = NAMES.map((name) => ({ name, data: cols[name] as ColumnArray }));
  const written = writeColumns(cols.count, input, records ? { chunkSize, records } : undefined);
  const meta: EventMeta = {
    format: 'claimline-events',
    version: 1,
    count: cols.count,
    firstDay: cols.firstDay,
    groups: [...cols.groups],
    eventTypes: [...cols.eventTypes],
    datasets: [...cols.datasets],
    ids: [...cols.ids],
    places: [...cols.places],
    claimants: cols.claimants.map((c) => ({ ...c })),
    times: [...cols.times],
    ...(head === undefined ? {} : { head }),
  };
  return { ...written, meta };
}

const fail = (what: string): never => {
  throw new ColumnFileError(`event meta: ${what}`);
};
const strings = (v: unknown, what: string): string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : fail(`"${what}" is not a list of strings`);

const claimantList = (v: unknown): Claimant[] =>
  Array.isArray(v) &&
  v.every((c) => typeof c === 'object' && c !== null && typeof c.claimant === 'string' && typeof c.claimant_label === 'string')
    ? v.map((c) => ({ claimant: c.claimant, claimant_label: c.claimant_label }))
    : fail('"claimants" is not a list of {claimant, claimant_label}');

/** Checks a parsed meta file (hostile until checked): every field present and of its type. */
export function parseEventMeta(v: unknown): EventMeta {
  if (typeof v !== 'object' || v === null) return fail('not an object');
  const o = v as Record<string, unknown>;
  if (o.format !== 'claimline-events') fail(`format ${JSON.stringify(o.format)}, not "claimline-events"`);
  if (o.version !== 1) fail(`version ${JSON.stringify(o.version)}, this reader knows 1`);
  if (!Number.isSafeInteger(o.count) || (o.count as number) < 0) fail('"count" is not a whole number');
  if (!Number.isSafeInteger(o.firstDay)) fail('"firstDay" is not a whole number');
  const meta: EventMeta = {
    format: 'claimline-events',
    version: 1,
    count: o.count as number,
    firstDay: o.firstDay as number,
    groups: strings(o.groups, 'groups'),
    eventTypes: strings(o.eventTypes, 'eventTypes'),
    datasets: strings(o.datasets, 'datasets'),
    ids: strings(o.ids, 'ids'),
    places: strings(o.places, 'places'),
    claimants: claimantList(o.claimants),
    times: strings(o.times, 'times'),
    ...(o.head === undefined ? {} : { head: o.head }),
  };
  if (meta.ids.length !== meta.count) fail(`${meta.ids.length} ids for ${meta.count} records`);
  return meta;
}

/** The columns of a read column file, viewed in place, checked against the meta and its name lists. */
export function readEventFile(file: ColumnFile, meta: EventMeta): EventColumns {
  if (file.count !== meta.count) fail(`column file has ${file.count} records, meta ${meta.count}`);
  const arrays = {} as { [K in ArrayName]: InstanceType<(typeof ARRAYS)[K]> };
  for (const name of NAMES) {
    const a = file.columns.get(name);
    // Files written before the party column: every toll's party unstated.
    if (name === 'party' && a === undefined) {
      arrays.party = new Uint8Array(meta.count).fill(UNSTATED);
      continue;
    }
    if (!(a instanceof ARRAYS[name])) fail(`column "${name}" missing or not ${ARRAYS[name].name}`);
    (arrays as Record<string, ColumnArray>)[name] = a as ColumnArray;
  }
  // An index past its name list would read undefined names later: refuse the file now.
  const within = (a: Uint8Array | Uint16Array | Uint32Array, names: readonly unknown[], what: string) => {
    for (let i = 0; i < a.length; i++)
      if ((a[i] as number) >= names.length) fail(`row ${i}: ${what} index ${a[i]} past the ${names.length} names`);
  };
  within(arrays.group, meta.groups, 'group');
  within(arrays.eventType, meta.eventTypes, 'event type');
  within(arrays.dataset, meta.datasets, 'dataset');
  within(arrays.place, meta.places, 'place');
  within(arrays.claimant, meta.claimants, 'claimant');
  within(arrays.time, meta.times, 'time');
  within(arrays.party, TOLL_PARTIES, 'toll party');
  return {
    count: meta.count,
    firstDay: meta.firstDay,
    ...arrays,
    ids: meta.ids,
    groups: meta.groups,
    eventTypes: meta.eventTypes,
    datasets: meta.datasets,
    places: meta.places,
    claimants: meta.claimants,
    times: meta.times,
  };
}
