/**
 * The basemap's packed files (geo/ring-pack.ts) travel as `packed+http(s)://…` URLs: maplibre hands that
 * scheme to map/packed-protocol.ts, and still-map fetches it through `fetchCollection`, so the app's
 * basemap URLs stay plain strings while the transfer is the packed one.
 */
import type { FeatureCollection } from 'geojson';
import { type PackedCollection, unpackCollection } from '../geo/ring-pack.ts';

export const PACKED_SCHEMES = ['packed+http', 'packed+https'] as const;

export const packedUrl = (url: string) => `packed+${url}`;

/** A packed or plain GeoJSON URL as a FeatureCollection. */
export async function fetchCollection(url: string, init?: RequestInit): Promise<FeatureCollection> {
  const packed = url.startsWith('packed+');
  const response = await fetch(packed ? url.slice('packed+'.length) : url, init);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const json = await response.json();
  return packed ? unpackCollection(json as PackedCollection) : (json as FeatureCollection);
}
