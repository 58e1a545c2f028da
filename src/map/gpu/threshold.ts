/**
 * When the map draws claims on the GPU (gpu-claims.ts) instead of with maplibre's own layers: kept
 * apart so deciding does not load the GPU code.
 */
import type { EventColumns } from '../../data/columns/store.ts';

/** Above this many plotted claims the map draws them with the GPU layer; below, with maplibre's own layers. */
export const GPU_THRESHOLD = 2000;

/** Claims with a point that a window can show: the count GPU_THRESHOLD is compared with. */
export function plottedClaims(cols: EventColumns): number {
  let n = 0;
  for (let i = 0; i < cols.count; i++) if (!Number.isNaN(cols.lon[i])) n++;
  return n;
}
