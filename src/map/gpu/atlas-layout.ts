/**
 * Where each marker image sits in the GPU layer's atlas texture: one square cell per shape and
 * filling (filled, hollow), then one larger cell for the both-sides ring, in rows of COLUMNS.
 * Pure arithmetic, so the shader's cell lookup and the canvas drawing share one layout.
 */

/** Marker cell side in atlas pixels: icons.ts's 22 css px drawn at 2×, plus a margin. */
export const MARKER_CELL = 48;
/** The both-sides ring's cell: icons.ts's 36 css px at 2×, plus a margin. */
export const RING_CELL = 80;
/** Atlas pixels per css pixel (icons.ts RATIO). */
export const ATLAS_RATIO = 2;
const COLUMNS = 8;

export type Cell = { x: number; y: number; size: number };
export type AtlasLayout = { width: number; height: number; markers: Cell[]; ring: Cell };

/** Cell of shape `s`, filling `hollow` (0 or 1): `markers[2 * s + hollow]`. */
export function atlasLayout(shapes: number): AtlasLayout {
  const markers: Cell[] = [];
  for (let k = 0; k < 2 * shapes; k++)
    markers.push({ x: (k % COLUMNS) * MARKER_CELL, y: Math.floor(k / COLUMNS) * MARKER_CELL, size: MARKER_CELL });
  const rows = Math.ceil((2 * shapes) / COLUMNS);
  const ring = { x: 0, y: rows * MARKER_CELL, size: RING_CELL };
  return { width: Math.max(COLUMNS * MARKER_CELL, RING_CELL), height: ring.y + RING_CELL, markers, ring };
}
