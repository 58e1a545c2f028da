/**
 * How a map cell looks (data/columns/cells.ts; drawn by map/gpu/cells-gl-layer.ts): a circle, its
 * area following the count, filled with the page's panel colour and ringed in its dominant group's
 * colour (style/group-colours.ts), with the count written on it in bold UI text.
 */

/** The ring's width outside the circle's radius, css px (as maplibre's circle-stroke-width). */
export const CELL_STROKE = 3;
/** The panel colour's opacity inside the ring. */
export const CELL_FILL_OPACITY = 0.9;
/** The count's size, css px. */
export const CELL_LABEL_PX = 12;

// Radius by √count on fixed stops (1 → 9 px, 100 → 16 px, 10,000 → 30 px): sizes compare across slider steps.
const STOPS: readonly (readonly [number, number])[] = [
  [1, 9],
  [10, 16],
  [100, 30],
];

/** The circle's radius in css px for a count, linear in √count between the stops, flat outside them. */
export function cellRadius(count: number): number {
  const s = Math.sqrt(count);
  const first = STOPS[0] as readonly [number, number];
  if (s <= first[0]) return first[1];
  for (let i = 1; i < STOPS.length; i++) {
    const [x1, y1] = STOPS[i] as readonly [number, number];
    const [x0, y0] = STOPS[i - 1] as readonly [number, number];
    if (s <= x1) return y0 + ((s - x0) / (x1 - x0)) * (y1 - y0);
  }
  return (STOPS[STOPS.length - 1] as readonly [number, number])[1];
}
