/**
 * The grid the world's city labels are cut into (scripts/data/world.ts writes one file per cell;
 * map/world-basemap.ts fetches the cells a view needs). Pure, shared by the build and the app.
 */
export const CELL_DEG = 10;
const COLS = 360 / CELL_DEG;
const ROWS = 180 / CELL_DEG;

/** Cell [x, y] of a point: x counts from 180°W, y from 90°S; the edges fold into the last cell. */
export function cellOf(lng: number, lat: number): [number, number] {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  const x = Math.min(COLS - 1, Math.floor((wrapped + 180) / CELL_DEG));
  const y = Math.min(ROWS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEG)));
  return [x, y];
}

export const cellName = (x: number, y: number): string => `${x}_${y}`;

/**
 * The cells a view [west, south, east, north] covers. A view across the antimeridian (west > east,
 * or east beyond 180° as maplibre reports it) wraps; a view wider than the world takes every column.
 */
export function cellsForBbox(bbox: readonly [number, number, number, number]): string[] {
  const [west, south, east, north] = bbox;
  if (![west, south, east, north].every(Number.isFinite)) return [];
  const span = east >= west ? east - west : east + 360 - west;
  const cols = span >= 360 ? COLS : Math.floor(span / CELL_DEG) + 2;
  const [x0, y0] = cellOf(span >= 360 ? -180 : west, Math.min(south, north));
  const [, y1] = cellOf(0, Math.max(south, north));
  const names = new Set<string>();
  for (let i = 0; i < Math.min(cols, COLS); i++) {
    const x = (x0 + i) % COLS;
    // Stop at the column that holds the east edge (the +2 above is an upper bound, not a target).
    if (span < 360 && i > 0 && (x * CELL_DEG - 180 - west + 360) % 360 > span) break;
    for (let y = y0; y <= y1; y++) names.add(cellName(x, y));
  }
  return [...names];
}
