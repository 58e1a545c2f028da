/**
 * The count labels' glyphs, drawn once on a canvas in a row (their coverage in alpha) at the
 * device's pixel ratio: only the characters the formatted numbers use (digits and the language's
 * group separator), rebuilt when a new one turns up. The font is the page's UI font, bold.
 */
import { context2d } from '../canvas-2d.ts';
import { CELL_LABEL_PX } from '../../style/cell-look.ts';

/** A glyph's place in the atlas (atlas px) and its advance (css px). */
export type Glyph = { advance: number; u: number; width: number };
export type GlyphAtlas = {
  chars: string;
  ratio: number;
  width: number;
  height: number;
  /** Pixels left of a glyph's origin in its cell, atlas px (room for overhang). */
  pad: number;
  glyphs: ReadonlyMap<string, Glyph>;
  pixels: Uint8Array;
};

const FALLBACK_FONT = 'system-ui, sans-serif';

function uiFont(): string {
  const css = typeof getComputedStyle === 'function' ? getComputedStyle(document.documentElement).getPropertyValue('--cl-font').trim() : '';
  return css || FALLBACK_FONT;
}

export function drawGlyphAtlas(chars: readonly string[], ratio: number): GlyphAtlas {
  const canvas = document.createElement('canvas');
  const c = context2d(canvas, { willReadFrequently: true });
  const font = `bold ${CELL_LABEL_PX * ratio}px ${uiFont()}`;
  c.font = font;
  const pad = Math.ceil(ratio * 2);
  const height = Math.ceil(CELL_LABEL_PX * ratio * 1.5);
  const glyphs = new Map<string, Glyph>();
  let u = 0;
  for (const ch of chars) {
    const advance = c.measureText(ch).width;
    const width = Math.ceil(advance) + 2 * pad;
    glyphs.set(ch, { advance: advance / ratio, u, width });
    u += width;
  }
  canvas.width = Math.max(1, u);
  canvas.height = height;
  c.font = font; // a resize resets the context
  // The canvas's default fill (opaque): only the alpha, the glyph's coverage, is used.
  c.textBaseline = 'middle';
  c.textAlign = 'left';
  for (const [ch, g] of glyphs) c.fillText(ch, g.u + pad, height / 2);
  const pixels = new Uint8Array(c.getImageData(0, 0, canvas.width, height).data.buffer.slice(0));
  return { chars: chars.join(''), ratio, width: canvas.width, height, pad, glyphs, pixels };
}
