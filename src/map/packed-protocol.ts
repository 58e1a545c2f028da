/** Lets maplibre load `packed+http(s)://` GeoJSON sources (data/packed-url.ts); registered once at start-up. */
import { addProtocol } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { fetchCollection, PACKED_SCHEMES } from '../data/packed-url.ts';

/** Fetches started before the map asked (prefetchPacked), each handed to the first request for its URL. */
const early = new Map<string, Promise<FeatureCollection>>();

export function registerPackedProtocol(): void {
  for (const scheme of PACKED_SCHEMES) {
    addProtocol(scheme, async (params, abort) => ({ data: await packedCollection(params.url, abort.signal) }));
  }
}

/** A packed basemap file, from its fetch started early if there is one (the map's or the still map's first request). */
export function packedCollection(url: string, signal?: AbortSignal): Promise<FeatureCollection> {
  const started = early.get(url);
  early.delete(url);
  return started ?? fetchCollection(url, { signal });
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
