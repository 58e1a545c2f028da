/** Lets maplibre load `packed+http(s)://` GeoJSON sources (data/packed-url.ts); registered once at start-up. */
import { addProtocol } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { fetchCollection, PACKED_SCHEMES } from '../data/packed-url.ts';

/** Fetches started before the map asked (prefetchPacked), each handed to the first request for its URL. */
const early = new Map<string, Promise<FeatureCollection>>();

export function registerPackedProtocol(): void {
  for (const scheme of PACKED_SCHEMES) {
    addProtocol(scheme, async (params, abort) => {
      const started = early.get(params.url);
      early.delete(params.url);
      return { data: await (started ?? fetchCollection(params.url, { signal: abort.signal })) };
    });
  }
}

/**
 * Starts fetching and unpacking a packed basemap file now, while the data loads and the app mounts,
 * instead of once the map's style asks for it. A failure is left for the map's request to report.
 */
export function prefetchPacked(url: string): void {
  if (early.has(url)) return;
  const started = fetchCollection(url);
  started.catch(() => early.delete(url));
  early.set(url, started);
}
