/** The [west, south, east, north] box around the records that have a point; null when none has. */
type Located = { geometry: { coordinates: [number, number] | readonly number[] } | null };

export function pointsBbox(incidents: readonly Located[]): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of incidents) {
    const c = f.geometry?.coordinates;
    if (!c || c.length < 2) continue;
    const [x = 0, y = 0] = c;
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return w <= e ? [w, s, e, n] : null;
}
