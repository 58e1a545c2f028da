/**
 * Draws the labels' glyphs as soon as the style is in, so that the font files download and the
 * glyphs are drawn while maplibre's worker is still cutting the first tiles: otherwise the worker
 * asks for them only once its tiles are cut, and the first view waits for the fonts, the drawing
 * and one more round to the worker. The glyphs land in maplibre's own cache (its glyph manager,
 * not public API: where that is missing, nothing happens and the map asks as usual).
 */
import type { Map as MlMap, StyleSpecification } from 'maplibre-gl';
import { labelGlyphs } from '../style/label-glyphs.ts';

type GlyphManager = { getGlyphs?: (glyphs: Record<string, { default: string[] }>) => Promise<unknown> };

export function prewarmGlyphs(map: MlMap, style: StyleSpecification): void {
  const glyphs = labelGlyphs(style);
  if (Object.keys(glyphs).length === 0) return;
  map.once('style.load', () => {
    const manager = (map as unknown as { style?: { glyphManager?: GlyphManager } }).style?.glyphManager;
    const request = Object.fromEntries(Object.entries(glyphs).map(([stack, chars]) => [stack, { default: chars }]));
    void manager?.getGlyphs?.(request).catch(() => {});
  });
}
