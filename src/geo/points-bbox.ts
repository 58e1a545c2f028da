/** The [west, south, east, north] box around the records that have a point; null when none has. */
import type { Incident } from '../data/schema.ts';

export function pointsBbox(incidents: readonly Incident[]): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of incidents) {
    const c = f.geometry?.coordinates;
    if (!c) continue;
    w = Math.min(w, c[0]);
    e = Math.max(e, c[0]);
    s = Math.min(s, c[1]);
    n = Math.max(n, c[1]);
  }
  return w <= e ? [w, s, e, n] : null;
}
