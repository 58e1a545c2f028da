/**
 * The column worker's script (load-columns/worker.ts), a same-origin file of the build, allowed by
 * the Trusted Types policy (trusted-types.ts) as the import worker's is. Only this URL string is in
 * the loader's chunk; the worker loads for an event file only.
 */
import url from '../load-columns/worker.ts?worker&url';

// Outside a page (unit tests under Node) there is no document to resolve against.
export const columnsWorkerUrl: string = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
