/** Lets maplibre load `packed+http(s)://` GeoJSON sources (data/packed-url.ts); registered once at start-up. */
import { addProtocol } from 'maplibre-gl';
import { fetchCollection, PACKED_SCHEMES } from '../data/packed-url.ts';

export function registerPackedProtocol(): void {
  for (const scheme of PACKED_SCHEMES) {
    addProtocol(scheme, async (params, abort) => ({ data: await fetchCollection(params.url, { signal: abort.signal }) }));
  }
}
