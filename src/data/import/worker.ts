/**
 * Web Worker entry of the importer: a thin shell over `workerHandler` (tested in Node). Parsing a
 * 100k-row file here keeps the page responsive. Loaded only by client.ts, itself reached only
 * through a dynamic import(), so the first view of the built-in dataset does not grow.
 */
import { workerHandler } from './worker-handler.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

type WorkerScope = {
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
  postMessage(msg: FromWorker, transfer?: Transferable[]): void;
};
const scope = self as unknown as WorkerScope;
const handle = workerHandler((msg, transfer) => scope.postMessage(msg, transfer ?? []));
scope.onmessage = (ev) => handle(ev.data);
