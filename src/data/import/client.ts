/**
 * Runs an import in a Web Worker: `importInWorker(file)` gives a promise of the result, progress
 * callbacks and `cancel()`. Reach this module only through `import('…/client.ts')` so the importers
 * and papaparse load when someone opens a file, not with the first view.
 *
 * The worker parses synchronously, so a cancel message would only be read after the import ends:
 * cancel() therefore also terminates the worker (one worker per import) and settles the promise with
 * the same "cancelled" result the importer gives.
 *
 * The events arrive in batches, each its own message and so its own main-thread task (one
 * 100k-event message took over a second to deserialise), acknowledged with 'next' so the worker
 * does not flood the page's queue; the promise resolves after 'done'. A file of COLUMNS_FROM events
 * or more comes back instead as one 'columns' message: its event file, transferred; the result then
 * has no events but `eventFile`, whose text the page keeps as a Blob, off the JS heap. Its GeoJSON
 * (for "Save as…") follows in a last message; the worker ends after it.
 */
import { importWorkerUrl } from '../../config/import-worker-url.ts';
import { newReport } from './event.ts';
import type { ImportedEvent, ImportResult } from './types.ts';
import { CANCELLED, type ClientResult, type FromWorker, type ToWorker, type WorkerOptions } from './worker-protocol.ts';

export type { ClientResult } from './worker-protocol.ts';

export type WorkerLike = {
  onmessage: ((ev: { data: FromWorker }) => void) | null;
  onerror: ((ev: { message?: string }) => void) | null;
  postMessage(msg: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
};

export type ImportJob = {
  promise: Promise<ClientResult>;
  cancel(): void;
  /** Set to follow progress (0..1); also settable through the options. */
  onProgress: ((fraction: number) => void) | null;
};

export type ClientOptions = WorkerOptions & {
  onProgress?: (fraction: number) => void;
  /** For tests; the default is the bundled module worker. */
  createWorker?: () => WorkerLike;
};

const defaultWorker = (): WorkerLike => new Worker(importWorkerUrl, { type: 'module' }) as unknown as WorkerLike;

function failure(name: string, fatal: string): ImportResult {
  return {
    meta: { title: name, description: '', time_zone: null, licence: '', attribution: '', source_url: null },
    events: [],
    regions: [],
    report: { ...newReport(name, 'unknown'), fatal },
  };
}

/** Structured clone gives plain objects back; values keyed by file content go back to prototype-free records. */
function unprototype(events: ImportedEvent[]): ImportedEvent[] {
  for (const e of events) {
    Object.setPrototypeOf(e.extra, null);
    Object.setPrototypeOf(e.categories, null);
  }
  return events;
}

let nextId = 1;

export function importInWorker(file: File | { name: string; bytes: Uint8Array }, opts: ClientOptions = {}): ImportJob {
  const { onProgress, createWorker, ...options } = opts;
  const id = nextId++;
  let worker: WorkerLike | null = null;
  let settle: ((r: ClientResult) => void) | null = null;
  let cancelled = false;
  const job: ImportJob = {
    promise: new Promise<ClientResult>((resolve) => {
      settle = resolve;
    }),
    cancel() {
      if (!settle) return;
      cancelled = true;
      worker?.postMessage({ id, type: 'cancel' });
      finish(failure(file.name, CANCELLED));
    },
    onProgress: onProgress ?? null,
  };
  /** A large import's GeoJSON, still being written after its result has settled. */
  let geojson: { resolve: (b: Blob) => void; reject: (e: Error) => void } | null = null;
  const end = () => {
    worker?.terminate();
    worker = null;
  };
  const finish = (r: ClientResult) => {
    if (!geojson) end();
    settle?.(r);
    settle = null;
  };
  // A copy is transferred, so the caller's bytes are not detached.
  const bytes: Promise<ArrayBuffer> =
    'arrayBuffer' in file ? file.arrayBuffer() : Promise.resolve(file.bytes.slice().buffer as ArrayBuffer);
  bytes.then(
    (buffer) => {
      if (cancelled) return;
      worker = (createWorker ?? defaultWorker)();
      const events: ImportedEvent[] = [];
      worker.onmessage = ({ data }) => {
        if (data.type === 'geojson' && data.id === id && geojson) {
          geojson.resolve(new Blob([data.geojson], { type: 'application/geo+json' }));
          geojson = null;
          return end();
        }
        // After cancel() (or any settle) late messages are ignored.
        if (data.id !== id || !settle) return;
        if (data.type === 'progress') job.onProgress?.(data.fraction);
        else if (data.type === 'events') {
          for (const e of unprototype(JSON.parse(data.json) as ImportedEvent[])) events.push(e);
          worker?.postMessage({ id, type: 'next' });
        } else if (data.type === 'columns') {
          const { result, columns, meta, count, messages, text } = data;
          const saved = new Promise<Blob>((resolve, reject) => {
            geojson = { resolve, reject };
          });
          saved.catch(() => {}); // a failure is the save button's to report, if it is ever clicked
          finish({ ...result, events: [], eventFile: { columns, meta, count, messages, text: new Blob([text]), geojson: saved } });
        } else if (data.type !== 'done') return;
        else if (events.length !== data.total) {
          finish(failure(file.name, `${file.name}: the import worker lost events (${events.length} of ${data.total} arrived)`));
        } else finish({ ...data.result, events });
      };
      worker.onerror = (ev) => {
        const message = `${file.name}: the import worker failed (${ev.message ?? 'unknown error'})`;
        geojson?.reject(new Error(message));
        geojson = null;
        finish(failure(file.name, message));
      };
      worker.postMessage({ id, name: file.name, buffer, options }, [buffer]);
    },
    (err: unknown) =>
      finish(failure(file.name, `${file.name}: the file could not be read (${err instanceof Error ? err.message : String(err)})`)),
  );
  return job;
}
