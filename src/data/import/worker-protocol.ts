/** Messages between the page (client.ts) and the import worker (worker.ts); plain data only. */
import type { ImportOptions } from './index.ts';
import type { ImportResult } from './types.ts';

/** What can cross to the worker: the options without callbacks (the worker makes its own signal). */
export type WorkerOptions = Omit<ImportOptions, 'signal' | 'onProgress'>;

export type ToWorker =
  | { id: number; type?: 'import'; name: string; buffer: ArrayBuffer; options?: WorkerOptions }
  | { id: number; type: 'cancel' }
  /** The page has taken in one 'events' batch: the worker may send one more (flow control, see FromWorker). */
  | { id: number; type: 'next' };

/**
 * The events come in 'events' batches, then one 'done' with the rest of the result: the page
 * deserialises each message in its own task, so one huge message cannot block it for a second.
 * `total` lets the page check that no batch went missing. The worker keeps at most BATCHES_AHEAD
 * messages unanswered: a queue of 50 messages posted at once let the page run them back to back
 * (long tasks, timers starved); with the page acknowledging each batch ('next'), it gets to paint,
 * handle input and run timers between batches, and a cancel reaches the worker between batches.
 */
export type FromWorker =
  | { id: number; type: 'progress'; fraction: number }
  /**
   * A batch as JSON text: a string crosses as one copy, and JSON.parse of plain records is several
   * times faster than the structured clone of the same objects (measured with `npm run bench -- --import`).
   */
  | { id: number; type: 'events'; json: string }
  | { id: number; type: 'done'; result: Omit<ImportResult, 'events'>; total: number }
  /**
   * Instead of 'events' and 'done', for a file of COLUMNS_FROM events or more: the result without its
   * events and the event file built from them (data/columns/from-import.ts), its parts transferred,
   * not copied. `messages` are the banner's lines (what is not drawn); `total` is the events' count.
   */
  | ({ id: number; type: 'columns'; result: Omit<ImportResult, 'events'>; total: number } & EventFileBuffers)
  /**
   * After 'columns': the file as Claimline GeoJSON ("Save as…", which needs every event), sent last
   * so the map does not wait for it; the worker then ends.
   */
  | { id: number; type: 'geojson'; geojson: ArrayBuffer };

/** An event file's three parts (.clcol, .clcol.json, .cltext) as bytes. */
export type EventFileBuffers = {
  columns: ArrayBuffer;
  meta: ArrayBuffer;
  text: ArrayBuffer;
  /** Rows (records drawn). */
  count: number;
  messages: string[];
};

/** What the page keeps of a large import: the columns and meta as bytes, the text and GeoJSON as Blobs (outside the JS heap). */
export type EventFileParts = Omit<EventFileBuffers, 'text'> & { text: Blob; geojson: Promise<Blob> };

/** An import's result on the page: a large one has no events, only its event file. */
export type ClientResult = ImportResult & { eventFile?: EventFileParts };

/** Events per 'events' message: small enough that deserialising one stays well under 50 ms. */
export const EVENT_BATCH = 2000;
/** Messages in flight before the page acknowledges: 2 keeps the worker cloning while the page reads. */
export const BATCHES_AHEAD = 2;

/** `report.fatal` of an import the user cancelled. Here, not in index.ts, so client.ts does not pull in the importers. */
export const CANCELLED = 'cancelled';
