/**
 * Every character the style's labels draw, by font stack: the text of each symbol layer's inline
 * source (its label, label1, label2 and name properties), upper-cased where the layer says so.
 * map/prewarm-glyphs.ts has them drawn while the worker is still cutting tiles, not after.
 */
import type { StyleSpecification } from 'maplibre-gl';

const TEXT_PROPERTIES = ['label', 'label1', 'label2', 'name'] as const;

export function labelGlyphs(style: StyleSpecification): Record<string, string[]> {
  const byStack = new Map<string, Set<string>>();
  for (const layer of style.layers) {
    if (layer.type !== 'symbol' || !layer.layout?.['text-font'] || !Array.isArray(layer.layout['text-font'])) continue;
    const source = style.sources[layer.source];
    const data = source?.type === 'geojson' && typeof source.data === 'object' ? source.data : null;
    if (data?.type !== 'FeatureCollection') continue;
    const stack = (layer.layout['text-font'] as string[]).join(',');
    const upper = layer.layout['text-transform'] === 'uppercase';
    const chars = byStack.get(stack) ?? new Set<string>();
    for (const f of data.features)
      for (const key of TEXT_PROPERTIES) {
        const text = f.properties?.[key];
        if (typeof text !== 'string') continue;
        // Whitespace is laid out, never drawn.
        for (const c of upper ? text.toUpperCase() : text) if (c.trim()) chars.add(c);
      }
    byStack.set(stack, chars);
  }
  return Object.fromEntries([...byStack].filter(([, chars]) => chars.size > 0).map(([stack, chars]) => [stack, [...chars]]));
}
