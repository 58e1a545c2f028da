/**
 * The cells' instance data, packed on the CPU per slider step (a few hundred cells): per cell its
 * mercator position, radius (css px) and ring colour; per glyph of its count its cell's position,
 * its left edge (css px from the centre) and its place in the glyph atlas. Pure, for the tests.
 */
import { mercatorX, mercatorY } from '../../data/columns/plotted-order.ts';
import { cellRadius } from '../../style/cell-look.ts';
import { layoutLabel } from './cell-label-layout.ts';
import type { Glyph } from './cell-glyph-atlas.ts';

/** x, y | radius | r, g, b. */
export const CELL_STRIDE = 6;
/** x, y | left (css px), u, width (atlas px), unused. */
export const GLYPH_STRIDE = 6;

export type CellsIn = { n: number; lon: ArrayLike<number>; lat: ArrayLike<number>; count: ArrayLike<number> };

export function packCells(c: CellsIn, colourOf: (k: number) => readonly number[]): Float32Array {
  const out = new Float32Array(c.n * CELL_STRIDE);
  for (let k = 0; k < c.n; k++) {
    const [r, g, b] = colourOf(k);
    out.set(
      [mercatorX(c.lon[k] as number), mercatorY(c.lat[k] as number), cellRadius(c.count[k] as number), r ?? 0, g ?? 0, b ?? 0],
      k * CELL_STRIDE,
    );
  }
  return out;
}

/** One instance per glyph of each label (labels[k] for cell k); characters missing from `glyphs` are skipped. */
export function packGlyphs(
  c: CellsIn,
  labels: readonly string[],
  glyphs: ReadonlyMap<string, Glyph>,
  pad: number,
  ratio: number,
): Float32Array {
  const rows: number[] = [];
  for (let k = 0; k < c.n; k++) {
    const x = mercatorX(c.lon[k] as number);
    const y = mercatorY(c.lat[k] as number);
    const { chars, left } = layoutLabel(labels[k] ?? '', glyphs);
    chars.forEach((ch, i) => {
      const g = glyphs.get(ch);
      if (g) rows.push(x, y, (left[i] as number) - pad / ratio, g.u, g.width, 0);
    });
  }
  return Float32Array.from(rows);
}
