/** Messages between the page (client.ts) and the import worker (worker.ts); plain data only. */
import type { ImportOptions } from './index.ts';
import type { ImportResult } from './types.ts';

/** What can cross to the worker: the options without callbacks (the worker makes its own signal). */
export type WorkerOptions = Omit<ImportOptions, 'signal' | 'onProgress'>;

export type ToWorker =
  | { id: number; type?: 'import'; name: string; buffer: ArrayBuffer; options?: WorkerOptions }
  | { id: number; type: 'cancel' };

export type FromWorker = { id: number; type: 'progress'; fraction: number } | { id: number; type: 'done'; result: ImportResult };
