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

/** Every [lon, lat] position of a geometry's coordinates, however deeply nested (lines, polygons). */
function* positions(coordinates: unknown): Generator<[number, number]> {
  const stack: unknown[] = [coordinates];
  while (stack.length) {
    const c = stack.pop();
    if (!Array.isArray(c)) continue;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') yield [c[0], c[1]];
    else stack.push(...c);
  }
}

/** The box around the points of records and the outlines of regions together (an imported dataset's extent). */
export function featuresBbox(features: readonly { geometry: { coordinates: unknown } | null }[]): [number, number, number, number] | null {
  const points: Located[] = [];
  for (const f of features) for (const p of positions(f.geometry?.coordinates)) points.push({ geometry: { coordinates: p } });
  return pointsBbox(points);
}

/** The [west, south, east, north] box around the rows of columns that have a point; null when none has. */
export function columnsBbox(cols: { lon: Float32Array; lat: Float32Array; count: number }): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < cols.count; i++) {
    const x = cols.lon[i] as number;
    const y = cols.lat[i] as number;
    if (Number.isNaN(x)) continue;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return w <= e ? [w, s, e, n] : null;
}
