/**
 * Web Worker entry of the column loader: a thin shell over `handleLoad` (build.ts, tested in Node).
 * Reading a million-row event file and building its indices here keeps the page's main thread free.
 * Loaded only by load-column-data.ts, itself a dynamic import for `?data=….clcol`.
 */
import { handleLoad } from './build.ts';
import type { FromColumnWorker, ToColumnWorker } from './protocol.ts';

type WorkerScope = {
  onmessage: ((ev: MessageEvent<ToColumnWorker>) => void) | null;
  postMessage(msg: FromColumnWorker, transfer: Transferable[]): void;
};
const scope = self as unknown as WorkerScope;
scope.onmessage = (ev) => void handleLoad(ev.data, (reply, transfer) => scope.postMessage(reply, transfer));
