/**
 * An event file (docs/columnar-file.md) as the page's dataset: a published one by URL
 * (`?data=…/name.clcol`, written by `npm run build -- --data`), or one already in memory (a large
 * import's columns, meta and text). The column worker (load-columns/) reads and checks it and
 * builds every index the views need, then transfers them: at a million rows each would be a long
 * task on this thread. Here the transferred arrays are only wrapped, the ids and place keys kept
 * packed (one string each, names.ts), and the indices handed to the views' memos. Each record's text
 * is read by range only when a view asks for it. Loaded on demand only.
 */
import { columnsWorkerUrl } from './config/columns-worker-url.ts';
import { dayCountsOf } from './data/columns/day-counts.ts';
import { seedDateOrder } from './data/columns/date-order.ts';
import { dayIndex } from './data/columns/day-index.ts';
import { httpRange } from './data/columns/http-range.ts';
import { eventFileUrls, namedTextReader } from './data/columns/load-event-file.ts';
import { PackedNames } from './data/columns/names.ts';
import { PointIndex } from './data/columns/point-index.ts';
import { rowOf, rowTableOf } from './data/columns/row-of.ts';
import type { EventColumns } from './data/columns/store.ts';
import { placeSlots } from './data/columns/window-stats.ts';
import type { FetchRange } from './data/columns/text-chunks.ts';
import type { Combined } from './data/combine.ts';
import { parseDatasetFile } from './data/dataset-schema.ts';
import { type DatasetFile, makeDataset } from './data/dataset.ts';
import type { IncidentProperties } from './data/schema.ts';
import { textRecord } from './data/columns/text-record.ts';
import type { BuiltClaims, BuiltColumns, FromColumnWorker, ToColumnWorker } from './load-columns/protocol.ts';
import { seedPreparedClaims } from './map/gpu/prepared.ts';
import type { RecordReader } from './export/column-claims.ts';
import { dataFileName } from './config/data-file-name.ts';

export type ColumnData = {
  cols: EventColumns;
  /** Row i's full record, fetched with its chunk (one Range request) the first time. */
  record: (row: number) => Promise<IncidentProperties>;
  /** The row of a record id (data/columns/row-of.ts). */
  rowOf: (id: string) => number | undefined;
  /** A reader with a cache of its own, for the exports (export/column-claims.ts): what it reads is not kept. */
  reader: () => RecordReader;
};

/** A published event file's URL, or an event file in memory: its columns and meta, and its text read by slices. */
export type ColumnSource = string | { name: string; columns: ArrayBuffer; meta: ArrayBuffer; text: Blob };

/**
 * Runs one load in the column worker, `post` called with each of its replies in order ('built',
 * then 'claims', or an 'error'); replaceable in tests (load-columns/build.ts handleLoad, in-process).
 */
export type RunWorker = (msg: ToColumnWorker, transfer: ArrayBuffer[], post: (reply: FromColumnWorker) => void) => void;

const inWorker: RunWorker = (msg, transfer, post) => {
  const worker = new Worker(columnsWorkerUrl, { type: 'module' });
  worker.onmessage = (ev: MessageEvent<FromColumnWorker>) => {
    if (ev.data.type !== 'built') worker.terminate();
    post(ev.data);
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    worker.terminate();
    post({ type: 'error', message: `the column worker failed (${ev.message || 'could not start'})` });
  };
  worker.postMessage(msg, transfer);
};

/** The worker's replies as two promises: the columns, then the GPU layer's builds (null on an error by then). */
function replies(start: (post: (reply: FromColumnWorker) => void) => void) {
  let built: (r: FromColumnWorker) => void = () => {};
  let claims: (r: BuiltClaims) => void = () => {};
  const first = new Promise<FromColumnWorker>((resolve) => (built = resolve));
  const second = new Promise<BuiltClaims>((resolve) => (claims = resolve));
  start((reply) => {
    if (reply.type === 'claims') claims(reply.claims);
    else {
      built(reply);
      // An error after the columns: the page builds the claims itself (prepareGpuClaims).
      if (reply.type === 'error') claims(null);
    }
  });
  return { first, second };
}

/** The worker's columns as the page's, with its indices seeded into the memos that would build them. */
function adopt(built: BuiltColumns, claims: Promise<BuiltClaims>): EventColumns {
  const { claimants, times, groups, eventTypes, datasets } = built;
  // Packed as they came: a string per name only when a view reads it (names.ts).
  const ids = new PackedNames(built.ids.text, built.ids.ends);
  const places = new PackedNames(built.places.text, built.places.ends);
  const cols: EventColumns = { ...built.arrays, ids, places, claimants, times, groups, eventTypes, datasets };
  seedPreparedClaims(
    cols,
    claims.then((p) => p && { instances: p.instances, index: new PointIndex(p.index), cells: p.cells }),
  );
  rowTableOf.seed(cols, built.rowTable);
  dayCountsOf.seed(cols, built.dayCounts);
  dayIndex.seed(cols, { ...built.dayIndex, cols });
  seedDateOrder(cols, built.dateOrder);
  placeSlots.seed(cols, built.placeSlots);
  return cols;
}

export async function loadColumnData(
  source: ColumnSource,
  run: RunWorker = inWorker,
): Promise<{ combined: Combined; columns: ColumnData } | { error: string }> {
  let name: string;
  let fetchRange: FetchRange;
  let textName: string;
  let answers: ReturnType<typeof replies>;
  if (typeof source === 'string') {
    name = `?data=${dataFileName(source)}`;
    let textUrl: string;
    try {
      textUrl = eventFileUrls(source).text;
    } catch (e) {
      return { error: `${name}: ${e instanceof Error ? e.message : String(e)}` };
    }
    fetchRange = httpRange(textUrl);
    textName = textUrl;
    answers = replies((post) => run({ type: 'load', url: source }, [], post));
  } else {
    name = source.name;
    const { text } = source;
    fetchRange = async (start, end) => (end <= start ? new Uint8Array(0) : text.slice(start, end).arrayBuffer());
    textName = `${source.name} (text)`;
    answers = replies((post) =>
      run({ type: 'load', name: source.name, columns: source.columns, meta: source.meta }, [source.columns, source.meta], post),
    );
  }
  const reply = await answers.first;
  if (reply.type === 'error') return { error: `${name}: ${reply.message}` };
  if (reply.type !== 'built') return { error: `${name}: the column worker answered out of order` };
  const { built } = reply;
  // An import's head is this page's own (the import worker's), and may lack what a publisher must give (a licence).
  const head =
    typeof source === 'string'
      ? parseDatasetFile(built.head ?? null, `${name} (head)`, true)
      : { file: (built.head as DatasetFile | undefined) ?? null, errors: [] as string[] };
  if (!head.file) return { error: `${name}: ${head.errors.join('; ') || 'its meta file has no dataset head'}` };
  const cols = adopt(built, answers.second);
  const text = namedTextReader(built.text, fetchRange, textName);
  const columns: ColumnData = {
    cols,
    // The details panel shows what it reads: each record is checked first (text-record.ts).
    record: async (row) => textRecord(await text.text(row), `${textName}, row ${row + 1}`),
    rowOf: (id) => rowOf(cols, id),
    reader: () => {
      const own = namedTextReader(built.text, fetchRange, textName);
      return { read: async (row) => (await own.text(row)) as IncidentProperties, forget: own.forget };
    },
  };
  const dataset = makeDataset(head.file, { incidents: [], places: [], regions: [] });
  const combined: Combined = {
    dataset,
    datasets: [{ id: dataset.meta.id, title: dataset.meta.title }],
    // Which dataset a record is from is a column (cols.dataset), not a map of a million ids.
    datasetOf: new Map(),
    originals: new Map(),
    undated: [],
    regionDays: null,
  };
  return { combined, columns };
}
