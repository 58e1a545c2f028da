/**
 * The import worker's logic, apart from the Worker global so Node tests can drive it: each import
 * message runs `importFile` with its own signal; a cancel message sets that signal. The file's bytes
 * arrive as a transferred ArrayBuffer (no copy). A file of fewer than COLUMNS_FROM events goes back in
 * batches, at most BATCHES_AHEAD unacknowledged, the next one on each 'next' from the page (see
 * FromWorker); a larger one as its event file, built here and transferred in one 'columns' message,
 * so the page never makes an object per record.
 */
import { COLUMNS_FROM, eventFileOfImport } from '../columns/from-import.ts';
import { toClaimlineGeojson } from '../export/claimline.ts';
import { importFile } from './index.ts';
import type { ImportResult } from './types.ts';
import { BATCHES_AHEAD, EVENT_BATCH, type FromWorker, type ToWorker } from './worker-protocol.ts';

export type Post = (msg: FromWorker, transfer?: ArrayBuffer[]) => void;

/** The import's share of the progress bar; the rest is building a large file's event file (several seconds at 100k). */
const IMPORT_SHARE = 0.8;

/** The bytes' own buffer when they fill it (transferred as it is), else a copy of just them. */
const own = (bytes: Uint8Array): ArrayBuffer =>
  (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;

/** The 'columns' message of a large import, or null when it has no event file (its error then comes the usual way); its GeoJSON follows. */
function columnsMessage(id: number, result: ImportResult): { msg: FromWorker; transfer: ArrayBuffer[] } | null {
  const built = eventFileOfImport(result);
  if ('error' in built) return null;
  const { events, ...rest } = result;
  const columns = own(built.files.columns);
  const meta = own(new TextEncoder().encode(built.files.metaText));
  const text = own(built.files.text);
  const msg: FromWorker = {
    id,
    type: 'columns',
    result: rest,
    total: events.length,
    columns,
    meta,
    text,
    count: built.files.meta.count,
    messages: built.messages,
  };
  return { msg, transfer: [columns, meta, text] };
}

export function workerHandler(post: Post, batch = EVENT_BATCH, columnsFrom = COLUMNS_FROM): (data: ToWorker) => void {
  const signals = new Map<number, { aborted: boolean }>();
  /** Per import still sending: the messages left, built lazily so a cancelled import clones nothing more. */
  const sending = new Map<number, () => boolean>();
  return (data) => {
    if (data.type === 'cancel') {
      const signal = signals.get(data.id);
      if (signal) signal.aborted = true;
      sending.delete(data.id);
      return;
    }
    if (data.type === 'next') {
      if (sending.get(data.id)?.() === false) sending.delete(data.id);
      return;
    }
    const signal = { aborted: false };
    signals.set(data.id, signal);
    let result: ReturnType<typeof importFile>;
    try {
      result = importFile(data.name, new Uint8Array(data.buffer), {
        ...data.options,
        signal,
        onProgress: (fraction) => post({ id: data.id, type: 'progress', fraction: fraction * IMPORT_SHARE }),
      });
    } finally {
      signals.delete(data.id);
    }
    const large = !result.report.fatal && result.events.length >= columnsFrom ? columnsMessage(data.id, result) : null;
    post({ id: data.id, type: 'progress', fraction: 1 });
    if (large) {
      post(large.msg, large.transfer);
      const geojson = own(new TextEncoder().encode(toClaimlineGeojson(result)));
      return post({ id: data.id, type: 'geojson', geojson }, [geojson]);
    }
    const { events, ...rest } = result;
    let next = 0;
    /** Posts the next message; false once 'done' has gone. */
    const sendOne = (): boolean => {
      if (next < events.length) {
        post({ id: data.id, type: 'events', json: JSON.stringify(events.slice(next, next + batch)) });
        next += batch;
        return true;
      }
      post({ id: data.id, type: 'done', result: rest, total: events.length });
      return false;
    };
    sending.set(data.id, sendOne);
    for (let i = 0; i < BATCHES_AHEAD; i++) {
      if (!sendOne()) {
        sending.delete(data.id);
        break;
      }
    }
  };
}
