/**
 * What the map needs before it exists, started at page load instead of once the data is in and the
 * app mounts: maplibre's worker (its script is fetched and compiled off the main thread meanwhile)
 * and the packed basemap files, fetched and unpacked. Only where the browser has WebGL2 at all: a
 * browser without it gets the still map, which needs no worker.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import { prefetchPacked } from './packed-protocol.ts';
import { workerUrl } from './worker-url.ts';

export function startMapEarly(basemap: readonly string[]): void {
  if (typeof WebGL2RenderingContext === 'undefined') return;
  setWorkerUrl(workerUrl);
  prewarm();
  for (const url of basemap) prefetchPacked(url);
}
