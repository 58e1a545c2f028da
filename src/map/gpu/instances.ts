/**
 * The rows the GPU layer draws, packed once: 8 floats per row in drawing order (plotted-order.ts)
 * — mercator x, y, day, dayEnd (relative to firstDay; exact in float32 below 2^24), group, shape,
 * geo precision, flags — and the window rule over them, for counting and picking on the CPU.
 */
import { mercatorX, mercatorY, plottedOrder } from '../../data/columns/plotted-order.ts';
import { type EventColumns, FLAG_CONTEXT, FLAG_UNDATED } from '../../data/columns/store.ts';

export const STRIDE = 8;

export type Instances = { rows: Uint32Array; data: Float32Array; xs: Float64Array; ys: Float64Array };

/** `shapeOf[t]`: the marker shape of event type index t (cols.eventTypes). */
export function packInstances(cols: EventColumns, shapeOf: readonly number[]): Instances {
  const rows = plottedOrder(cols);
  const data = new Float32Array(rows.length * STRIDE);
  const xs = new Float64Array(rows.length);
  const ys = new Float64Array(rows.length);
  // Plain stores, no array per row: this runs once over up to a million rows.
  for (let p = 0; p < rows.length; p++) {
    const r = rows[p] as number;
    const o = p * STRIDE;
    const x = mercatorX(cols.lon[r] as number);
    const y = mercatorY(cols.lat[r] as number);
    xs[p] = data[o] = x;
    ys[p] = data[o + 1] = y;
    data[o + 2] = cols.day[r] as number;
    data[o + 3] = cols.dayEnd[r] as number;
    data[o + 4] = cols.group[r] as number;
    data[o + 5] = shapeOf[cols.eventType[r] as number] ?? 0;
    data[o + 6] = cols.geoPrecision[r] as number;
    data[o + 7] = cols.flags[r] as number;
  }
  return { rows, data, xs, ys };
}

/** The window as the shader reads it: days relative to firstDay, 'asof' open below. */
export type GpuWindow = { from: number; to: number; focus: number };

export function gpuWindow(cols: EventColumns, mode: 'asof' | 'range', from: number, to: number, focus: number): GpuWindow {
  return { from: mode === 'range' ? from - cols.firstDay : -(2 ** 31), to: to - cols.firstDay, focus: focus - cols.firstDay };
}

/** The shader's rule for one position (filter.ts windowIndex's rule): in the window and a chosen group. */
export function shownAt(d: Float32Array, p: number, w: GpuWindow, chosen: Uint8Array): boolean {
  const o = p * STRIDE;
  const flags = d[o + 7] as number;
  return (
    !(flags & (FLAG_CONTEXT | FLAG_UNDATED)) &&
    (d[o + 2] as number) <= w.to &&
    (d[o + 3] as number) >= w.from &&
    chosen[d[o + 4] as number] === 1
  );
}
