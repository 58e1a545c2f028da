/**
 * The GPU layer's one-off builds for a set of columns (packed rows, picking index, cells) when they
 * were made elsewhere (the column worker, load-columns/): seeded here, taken by prepareGpuClaims
 * instead of building them on the page's main thread. Types only otherwise, so the page's loader
 * can seed without loading the GPU layer's code.
 */
import type { Cells } from '../../data/columns/cells.ts';
import type { PointIndex } from '../../data/columns/point-index.ts';
import type { EventColumns } from '../../data/columns/store.ts';
import type { Instances } from './instances.ts';

export type PreparedClaims = { instances: Instances; index: PointIndex; cells: Cells };

const seeded = new WeakMap<EventColumns, Promise<PreparedClaims | null>>();

/** `prepared`: still on its way while the map loads; null when they are to be built here after all. */
export function seedPreparedClaims(cols: EventColumns, prepared: Promise<PreparedClaims | null>): void {
  seeded.set(cols, prepared);
}

export function seededClaims(cols: EventColumns): Promise<PreparedClaims | null> | undefined {
  return seeded.get(cols);
}
