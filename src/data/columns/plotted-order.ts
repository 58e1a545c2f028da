/**
 * The rows a GPU layer uploads, in drawing order: every row with a point that can ever be in a
 * window (not context, not undated), ordered by day (stable), so later claims draw on top as the
 * maplibre layer's `symbol-sort-key: day` does. A counting sort: O(rows + days), no comparator.
 * Also mercator coordinates (the [0, 1] square maplibre's matrices take), without maplibre, so
 * this module stays worker-safe. Worker-safe: no DOM.
 */
import { type EventColumns, FLAG_CONTEXT, FLAG_UNDATED } from './store.ts';

/** Row indices to draw, earliest day first; rows of one day keep their file order. */
export function plottedOrder(cols: EventColumns): Uint32Array {
  const skip = FLAG_CONTEXT | FLAG_UNDATED;
  let maxDay = 0;
  let n = 0;
  for (let i = 0; i < cols.count; i++) {
    if (cols.flags[i] & skip || Number.isNaN(cols.lon[i]) || Number.isNaN(cols.lat[i])) continue;
    maxDay = Math.max(maxDay, cols.day[i] as number);
    n++;
  }
  // Dated rows' days are ≥ 0 (store.ts: relative to the earliest).
  const start = new Uint32Array(maxDay + 2);
  const keep = (i: number) => !(cols.flags[i] & skip || Number.isNaN(cols.lon[i]) || Number.isNaN(cols.lat[i]));
  for (let i = 0; i < cols.count; i++) if (keep(i)) (start[(cols.day[i] as number) + 1] as number)++;
  for (let d = 1; d < start.length; d++) start[d] = (start[d] as number) + (start[d - 1] as number);
  const out = new Uint32Array(n);
  for (let i = 0; i < cols.count; i++) if (keep(i)) out[(start[cols.day[i] as number] as number)++] = i;
  return out;
}

/** Web mercator x in [0, 1] for a longitude. */
export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

/** Web mercator y in [0, 1] (north at 0) for a latitude. */
export function mercatorY(lat: number): number {
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
}
