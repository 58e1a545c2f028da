/**
 * Fetches ahead the label font files that the first labels draw with. maplibre fetches a file only
 * when a tile's labels ask for glyphs, after the data is tiled in its worker, which puts a download
 * between the tiles and the first labels. `as=fetch` with CORS is the request maplibre makes itself,
 * so the browser hands it the preloaded response.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { fontUrlsFor } from '../style/fonts.ts';

const asked = new Set<string>();

/** The label fields' text in the GeoJSON sources `ids` (upper case too: a layer may transform it). */
export function labelText(style: StyleSpecification, ids: readonly string[]): string {
  let text = '';
  for (const id of ids) {
    const source = style.sources[id];
    const data = source?.type === 'geojson' && typeof source.data === 'object' ? source.data : null;
    const features = data && 'features' in data ? data.features : [];
    for (const f of features)
      for (const [key, value] of Object.entries(f.properties ?? {}))
        if ((key.startsWith('label') || key === 'name') && typeof value === 'string') text += value + value.toUpperCase();
  }
  return text;
}

export function preloadFonts(doc: Document, text: string): void {
  for (const href of fontUrlsFor(text)) {
    if (asked.has(href)) continue;
    asked.add(href);
    const link = doc.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
    doc.head.append(link);
  }
}
