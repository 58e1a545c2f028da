/**
 * The column worker's work, apart from the Worker global so Node tests can drive it: read an event
 * file (fetched, or given as bytes), check it, and build every one-off derivation the page would
 * otherwise build on its main thread at a million rows (hundreds of ms each): the id lookup, the
 * day counts and day index, the table's date order, the GPU layer's packed rows, picking index and
 * cells. Returns the
 * message and the buffers to transfer with it.
 */
import { buildCells } from '../data/columns/cells.ts';
import { dayCounts } from '../data/columns/day-counts.ts';
import { dayIndex, sortByDay } from '../data/columns/day-index.ts';
import { fetchEventFile, type ReadEventFile, readEventBytes } from '../data/columns/load-event-file.ts';
import { PointIndex } from '../data/columns/point-index.ts';
import { rowTable } from '../data/columns/row-of.ts';
import { type Names, nameArray } from '../data/columns/names.ts';
import type { EventColumns } from '../data/columns/store.ts';
import { placeSlots } from '../data/columns/window-stats.ts';
import { parseDatasetFile } from '../data/dataset-schema.ts';
import { makeDataset } from '../data/dataset.ts';
import { packInstances } from '../map/gpu/instances.ts';
import { shapeOf } from '../style/markers.ts';
import { TableOrder } from '../ui/table-order.ts';
import type { BuiltClaims, BuiltColumns, FromColumnWorker, Packed, ToColumnWorker } from './protocol.ts';

export function pack(names: Names): Packed {
  const strings = nameArray(names);
  const ends = new Uint32Array(strings.length);
  let at = 0;
  for (let i = 0; i < strings.length; i++) ends[i] = at += (strings[i] as string).length;
  return { text: strings.join(''), ends };
}

/** The marker shape of each event type, from the head's categories in their order (as the page's dataset has them). */
function shapes(cols: EventColumns, head: unknown): number[] | null {
  const file = parseDatasetFile(head ?? null, 'head', true).file;
  if (!file) return null;
  const { eventTypes } = makeDataset(file, { incidents: [], places: [], regions: [] }).categories;
  return cols.eventTypes.map((t) => shapeOf(eventTypes, t));
}

/** The GPU layer's packed rows, picking index and cells. */
export function buildClaims({ cols, meta }: ReadEventFile): BuiltClaims {
  const shapeOfType = shapes(cols, meta.head);
  if (!shapeOfType) return null;
  const instances = packInstances(cols, shapeOfType);
  const points = new PointIndex(instances.xs, instances.ys);
  const cells = buildCells(cols);
  // The cell counter's day sort too: at a million rows, a long task of the page's first draw.
  cells.days = sortByDay(cells.n, cells.day, cells.dayEnd);
  return { instances, index: { data: points.data, size: points.size }, cells };
}

export function buildAll({ cols, meta, text }: ReadEventFile): BuiltColumns {
  const { ids, places, claimants, times, groups, eventTypes, datasets, ...arrays } = cols;
  const index = dayIndex(cols);
  // Labels are for the other columns' sorts, made on the page in the reader's language.
  const [dateRank, rowAt] = new TableOrder(cols, { place: (k) => k, claimant: (c) => c.claimant_label }).dates();
  return {
    arrays,
    ids: pack(ids),
    places: pack(places),
    claimants,
    times,
    groups,
    eventTypes,
    datasets,
    head: meta.head,
    text,
    rowTable: rowTable(nameArray(ids)),
    dayCounts: dayCounts(cols),
    dayIndex: { lo: index.lo, starts: index.starts, byDay: index.byDay, long: index.long },
    dateOrder: { dateRank, rowAt },
    placeSlots: placeSlots(cols),
  };
}

/** Every distinct buffer under `value` (typed arrays and ArrayBuffers), each once. */
export function buffersOf(value: unknown, out = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (value instanceof ArrayBuffer) out.add(value);
  else if (ArrayBuffer.isView(value)) out.add(value.buffer as ArrayBuffer);
  else if (value && typeof value === 'object' && !Array.isArray(value)) for (const v of Object.values(value)) buffersOf(v, out);
  return [...out];
}

/** Posts 'built', then 'claims' (or one 'error'); the typed arrays of each go as transfers. */
export async function handleLoad(
  msg: ToColumnWorker,
  post: (reply: FromColumnWorker, transfer: ArrayBuffer[]) => void,
  fetchFn: typeof fetch = fetch,
): Promise<void> {
  try {
    const read =
      'url' in msg
        ? await fetchEventFile(msg.url, fetchFn)
        : readEventBytes(new Uint8Array(msg.columns), new Uint8Array(msg.meta), {
            columns: msg.name,
            meta: `${msg.name} (meta)`,
            text: `${msg.name} (text)`,
          });
    // The claims are built from the columns, which go to the page first: keep views of them here.
    const kept: ReadEventFile = { ...read, cols: { ...read.cols } };
    for (const [k, v] of Object.entries(kept.cols)) if (ArrayBuffer.isView(v)) (kept.cols as Record<string, unknown>)[k] = v.slice();
    const built = buildAll(read);
    post({ type: 'built', built }, buffersOf(built));
    const claims = buildClaims(kept);
    post({ type: 'claims', claims }, buffersOf(claims));
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) }, []);
  }
}
