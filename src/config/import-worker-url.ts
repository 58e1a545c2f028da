/**
 * The import worker's script, a same-origin file of the build. Under Trusted Types a Worker may
 * only be built from a TrustedScriptURL: the policy in trusted-types.ts allows this URL and
 * maplibre's, nothing else. Only the URL string is in the first view's code; the worker itself
 * (the importers and papaparse) loads when someone opens a file.
 */
import url from '../data/import/worker.ts?worker&url';

// Outside a page (unit tests under Node) there is no document to resolve against.
export const importWorkerUrl: string = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
