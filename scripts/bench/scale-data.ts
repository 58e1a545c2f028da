/**
 * Synthetic event sets for `npm run bench -- --scale`: n points with an ACLED-like spread, the same
 * bytes for the same n and seed so runs on different days compare.
 *   - time: DAYS days; daily counts are uneven (a weekly rhythm, a slow drift, a few escalations of
 *     a few weeks each, day-to-day noise), every day above zero so the whole range is used
 *   - space: a country-sized box (BOUNDS); 85% of points in 60 clusters of very unequal weight
 *     and width (towns, front lines), 15% scattered uniformly (noise)
 * `pointsFile` packs them for the bench page (Float32 lon × n, lat × n, day × n) and `acledCsvOf`
 * writes them as a minimal ACLED export for the app's `?data=` path.
 */
import { ACLED_COLUMNS } from '../../src/data/export/acled.ts';
import { prng } from './import-csv.ts';

export const DAYS = 730;
/** [west, south, east, north]: about 1 700 × 1 500 km, a Sahel-sized country. */
export const BOUNDS = [22, 8, 38, 22] as const;
const START = Date.UTC(2023, 0, 1);
const CLUSTERS = 60;
const CLUSTERED = 0.85;

export type ScaleSet = { lon: Float32Array; lat: Float32Array; day: Uint16Array };

/** Relative weight of each day: always > 0, uneven. */
function dailyWeights(rand: () => number): Float64Array {
  const bursts = Array.from({ length: 6 }, () => ({ at: rand() * DAYS, width: 5 + rand() * 20, height: 2 + rand() * 6 }));
  const w = new Float64Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    const weekly = d % 7 === 5 ? 0.7 : 1;
    const drift = 1 + 0.5 * Math.sin((d / DAYS) * Math.PI * 3);
    const burst = bursts.reduce((s, b) => s + b.height * Math.exp(-(((d - b.at) / b.width) ** 2)), 0);
    w[d] = weekly * (drift + burst) * (0.5 + rand());
  }
  return w;
}

/** Index i with cdf[i-1] ≤ x < cdf[i]: binary search over a cumulative table ending in 1. */
function pickIndex(cdf: Float64Array, x: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulative(w: ArrayLike<number>): Float64Array {
  const cdf = new Float64Array(w.length);
  let s = 0;
  for (let i = 0; i < w.length; i++) cdf[i] = s += w[i] as number;
  for (let i = 0; i < cdf.length; i++) cdf[i] = (cdf[i] as number) / s;
  return cdf;
}

export function scaleSet(n: number, seed = 20240101): ScaleSet {
  const rand = prng(seed);
  const [west, south, east, north] = BOUNDS;
  const dayCdf = cumulative(dailyWeights(rand));
  const clusters = Array.from({ length: CLUSTERS }, () => ({
    lon: west + 1 + rand() * (east - west - 2),
    lat: south + 1 + rand() * (north - south - 2),
    sigma: 0.03 + rand() ** 2 * 0.6,
    weight: 1 / (0.02 + rand()) ** 1.5, // a few big ones, many small
  }));
  const clusterCdf = cumulative(clusters.map((c) => c.weight));
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const set: ScaleSet = { lon: new Float32Array(n), lat: new Float32Array(n), day: new Uint16Array(n) };
  for (let i = 0; i < n; i++) {
    set.day[i] = pickIndex(dayCdf, rand());
    let lon: number;
    let lat: number;
    do {
      if (rand() < CLUSTERED) {
        const c = clusters[pickIndex(clusterCdf, rand())] as (typeof clusters)[number];
        lon = c.lon + gauss() * c.sigma;
        lat = c.lat + gauss() * c.sigma;
      } else {
        lon = west + rand() * (east - west);
        lat = south + rand() * (north - south);
      }
      // Rounded as a file would carry them (4 decimals), then checked against the box.
      lon = Math.fround(Math.round(lon * 1e4) / 1e4);
      lat = Math.fround(Math.round(lat * 1e4) / 1e4);
    } while (lon < west || lon > east || lat < south || lat > north);
    set.lon[i] = lon;
    set.lat[i] = lat;
  }
  return set;
}

/** Float32 lon × n, lat × n, day × n, little-endian: what the bench page fetches. */
export function pointsFile(set: ScaleSet): Uint8Array {
  const n = set.day.length;
  const out = new Float32Array(3 * n);
  out.set(set.lon, 0);
  out.set(set.lat, n);
  out.set(Float32Array.from(set.day), 2 * n);
  return new Uint8Array(out.buffer);
}

/** The set as an ACLED export (current column layout), only the columns the importer needs filled. */
export function acledCsvOf(set: ScaleSet): string {
  const col = new Map(ACLED_COLUMNS.map((c, i) => [c as string, i]));
  const blank = ACLED_COLUMNS.map(() => '');
  const lines = [ACLED_COLUMNS.join(',')];
  for (let i = 0; i < set.day.length; i++) {
    const row = blank.slice();
    const put = (name: string, v: string) => {
      const at = col.get(name);
      if (at !== undefined) row[at] = v;
    };
    const date = new Date(START + (set.day[i] as number) * 86_400_000).toISOString().slice(0, 10);
    put('event_id_cnty', `SYN${i + 1}`);
    put('event_date', date);
    put('year', date.slice(0, 4));
    put('time_precision', '1');
    put('disorder_type', 'Political violence');
    put('event_type', 'Battles');
    put('sub_event_type', 'Armed clash');
    put('actor1', 'Military Forces of Testland (2019-)');
    put('inter1', 'State forces');
    put('interaction', 'State forces only');
    put('iso', '999');
    put('region', 'Nowhere Region');
    put('country', 'Testland');
    put('admin1', 'Province 1');
    put('location', `Place ${i + 1}`);
    put('latitude', (set.lat[i] as number).toFixed(4));
    put('longitude', (set.lon[i] as number).toFixed(4));
    put('geo_precision', '1');
    put('source', 'Testville Times');
    put('fatalities', '0');
    put('timestamp', String(1700000000 + i));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
