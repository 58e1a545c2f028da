/**
 * Counts per map cell, for drawing a million events as a few hundred numbered circles at low zoom.
 * Worker-safe and pure: typed arrays only, no DOM, no map.
 *
 * The grid is web-mercator's quadtree: at band b the world is 2^(b+3) cells a side, so a cell is
 * 64–128 px wide on screen at zoom b to b+1 (512 px tiles). Built once (`buildCells`), every
 * countable row (with a point, dated, not context) gets 16-bit mercator x and y (the band-13 grid),
 * and the rows are sorted by their Morton code. In that order every cell of every band is one run
 * of consecutive rows, so `cellCounts` is one pass over the sorted copies of the few columns it
 * reads (day, dayEnd, group, x, y: 14 bytes a row), with no hash map and no object per row; the
 * output arrays are sized by the band's distinct cells, counted on the band's first call.
 *
 * Centres are the mean of the counted rows' (quantised, ≈600 m) mercator positions, not the cell's
 * middle: the circle sits over the town the events are in, and a window's circles do not line up
 * on a visible lattice.
 *
 * @example
 * const cells = buildCells(cols);
 * const c = cellCounts(cells, cols, bandForZoom(map.getZoom()), { from, to, mode: 'range' }, groupMask(sides, cols.groups.length));
 * for (let k = 0; k < c.n; k++) draw(c.lon[k], c.lat[k], c.count[k]);
 */
import type { DaySort } from './day-index.ts';
import type { WindowMode } from './filter.ts';
import { type EventColumns, FLAG_CONTEXT, FLAG_UNDATED, NO_DAY } from './store.ts';

/** Finest band: its grid, 2^16 cells a side, is what a Uint16 per axis holds. */
export const MAX_BAND = 13;
const BITS = MAX_BAND + 3;
export const SIDE = 2 ** BITS;
/** Web mercator's latitude limit. */
const MAX_LAT = 85.0511287798066;

export type Cells = {
  /** Countable rows, sorted by cell. */
  n: number;
  x: Uint16Array;
  y: Uint16Array;
  day: Int32Array;
  dayEnd: Int32Array;
  group: Uint16Array;
  groups: number;
  /** Distinct cells per band among all countable rows (the most any window can have); -1 until asked. */
  readonly distinct: Int32Array;
  /** The rows by first day (cell-steps.ts), where the column worker sorted them (else the page, on the first count). */
  days?: DaySort;
};

export type CellWindow = { from: number; to: number; mode: WindowMode };
/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

export type CellCounts = {
  band: number;
  /** Non-empty cells. */
  n: number;
  /** Rows counted, all cells. */
  total: number;
  groups: number;
  /** Count-weighted centre of each cell, degrees. */
  lon: Float64Array;
  lat: Float64Array;
  count: Uint32Array;
  /** Count per cell and group: `byGroup[k·groups + g]`. */
  byGroup: Uint32Array;
  /** The cell's grid position at its band (for its bounds, `cellBounds`). */
  cx: Uint32Array;
  cy: Uint32Array;
};

/** Mercator x in [0, 1) → grid column at the finest band. */
export function gridX(lon: number): number {
  return Math.min(SIDE - 1, Math.max(0, Math.floor(((lon + 180) / 360) * SIDE)));
}

export function gridY(lat: number): number {
  const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  return Math.min(SIDE - 1, Math.max(0, Math.floor(y * SIDE)));
}

export function lonOf(x: number): number {
  return (x / SIDE) * 360 - 180;
}

export function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / SIDE))) * 180) / Math.PI;
}

/** Interleaves the bits of two 16-bit numbers (x in the even bits). */
function morton(x: number, y: number): number {
  const spread = (v: number) => {
    v = (v | (v << 8)) & 0x00ff00ff;
    v = (v | (v << 4)) & 0x0f0f0f0f;
    v = (v | (v << 2)) & 0x33333333;
    return (v | (v << 1)) & 0x55555555;
  };
  return (spread(x) | (spread(y) << 1)) >>> 0;
}

/** Indices 0..n-1 ordered by key: two stable 16-bit radix passes, O(n). */
function sortByKey(key: Uint32Array): Uint32Array {
  const n = key.length;
  let a = new Uint32Array(n);
  let b = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (const shift of [0, 16]) {
    const bucket = new Uint32Array(65537);
    for (let i = 0; i < n; i++) bucket[((key[i] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d <= 65536; d++) bucket[d] += bucket[d - 1];
    for (let k = 0; k < n; k++) {
      const i = a[k];
      b[bucket[(key[i] >>> shift) & 0xffff]++] = i;
    }
    [a, b] = [b, a];
  }
  return a;
}

/** Once per dataset: the countable rows in cell order. */
export function buildCells(cols: EventColumns): Cells {
  const { lon, lat, flags, count } = cols;
  const skip = FLAG_CONTEXT | FLAG_UNDATED;
  const keep = new Uint32Array(count);
  let n = 0;
  for (let i = 0; i < count; i++) if (!(flags[i] & skip) && !Number.isNaN(lon[i]) && !Number.isNaN(lat[i])) keep[n++] = i;
  const xs = new Uint16Array(n);
  const ys = new Uint16Array(n);
  const key = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    xs[k] = gridX(lon[keep[k]]);
    ys[k] = gridY(lat[keep[k]]);
    key[k] = morton(xs[k], ys[k]);
  }
  const order = sortByKey(key);
  const c: Cells = {
    n,
    x: new Uint16Array(n),
    y: new Uint16Array(n),
    day: new Int32Array(n),
    dayEnd: new Int32Array(n),
    group: new Uint16Array(n),
    groups: cols.groups.length,
    distinct: new Int32Array(MAX_BAND + 1).fill(-1),
  };
  for (let k = 0; k < n; k++) {
    const j = order[k];
    const i = keep[j];
    c.x[k] = xs[j];
    c.y[k] = ys[j];
    c.day[k] = cols.day[i];
    c.dayEnd[k] = cols.dayEnd[i];
    c.group[k] = cols.group[i];
  }
  return c;
}

/** The band whose cells are 64–128 px on screen at this zoom. */
export function bandForZoom(zoom: number): number {
  return Math.max(0, Math.min(MAX_BAND, Math.floor(zoom)));
}

function distinctCells(c: Cells, band: number): number {
  if (c.distinct[band] >= 0) return c.distinct[band];
  const s = MAX_BAND - band;
  let cells = 0;
  let px = -1;
  let py = -1;
  for (let k = 0; k < c.n; k++) {
    const x = c.x[k] >> s;
    const y = c.y[k] >> s;
    if (x !== px || y !== py) {
      cells++;
      px = x;
      py = y;
    }
  }
  c.distinct[band] = cells;
  return cells;
}

/** Room for `most` cells of G groups, none filled yet (`n` says how many are). */
export function emptyCellCounts(band: number, G: number, most: number): CellCounts {
  return {
    band,
    n: 0,
    total: 0,
    groups: G,
    lon: new Float64Array(most),
    lat: new Float64Array(most),
    count: new Uint32Array(most),
    byGroup: new Uint32Array(most * G),
    cx: new Uint32Array(most),
    cy: new Uint32Array(most),
  };
}

/**
 * Rows in the window (windowIndex's rule, filter.ts) per non-empty cell of the band, in cell order.
 * `window` holds absolute days; `mask` one byte per group (filter.ts groupMask); with `bbox`, only
 * cells that touch it, each counted whole.
 */
export function cellCounts(
  c: Cells,
  cols: Pick<EventColumns, 'firstDay'>,
  band: number,
  window: CellWindow,
  mask: Uint8Array,
  bbox?: BBox,
): CellCounts {
  if (!Number.isInteger(band) || band < 0 || band > MAX_BAND) throw new RangeError(`band ${band} is not 0..${MAX_BAND}`);
  const G = c.groups;
  const most = distinctCells(c, band);
  const out = emptyCellCounts(band, G, most);
  const s = MAX_BAND - band;
  const to = window.to - cols.firstDay;
  // 'asof': any day (undated rows are not in `c`); an integer keeps the comparisons on integers.
  const from = window.mode === 'range' ? window.from - cols.firstDay : -NO_DAY;
  // The bbox in this band's cells; the north edge has the smaller y.
  const [x0, x1, y0, y1] = bbox ? [gridX(bbox[0]) >> s, gridX(bbox[2]) >> s, gridY(bbox[3]) >> s, gridY(bbox[1]) >> s] : [0, SIDE, 0, SIDE];
  const { x, y, day, dayEnd, group } = c;
  const { count, byGroup, cx: outX, cy: outY } = out;
  // Sums of the finest-grid positions per cell; degrees once per cell at the end.
  const sumX = new Float64Array(most);
  const sumY = new Float64Array(most);
  let k = -1;
  let px = -1;
  let py = -1;
  for (let i = 0; i < c.n; i++) {
    const g = group[i];
    if (day[i] > to || dayEnd[i] < from || mask[g] !== 1) continue;
    const xi = x[i];
    const yi = y[i];
    const cx = xi >> s;
    const cy = yi >> s;
    if (cx < x0 || cx > x1 || cy < y0 || cy > y1) continue;
    if (cx !== px || cy !== py) {
      k++;
      outX[k] = px = cx;
      outY[k] = py = cy;
    }
    count[k]++;
    byGroup[k * G + g]++;
    sumX[k] += xi;
    sumY[k] += yi;
  }
  out.n = k + 1;
  for (let j = 0; j < out.n; j++) {
    // + ½: the middle of the finest cells the rows fall in.
    out.lon[j] = lonOf(sumX[j] / count[j] + 0.5);
    out.lat[j] = latOf(sumY[j] / count[j] + 0.5);
    out.total += count[j];
  }
  return out;
}

/** The cell's [west, south, east, north] in degrees, for zooming to it. */
export function cellBounds(band: number, cx: number, cy: number): [number, number, number, number] {
  const s = 2 ** (MAX_BAND - band);
  return [lonOf(cx * s), latOf((cy + 1) * s), lonOf((cx + 1) * s), latOf(cy * s)];
}

/** The group with the most rows in cell k (the lowest index on a tie). */
export function dominantGroup(c: CellCounts, k: number): number {
  let best = 0;
  for (let g = 1; g < c.groups; g++) if (c.byGroup[k * c.groups + g] > c.byGroup[k * c.groups + best]) best = g;
  return best;
}

/**
 * Above this many rows in view the map shows cells, not points: more markers than that only
 * overplot on a map a few hundred pixels wide, and each costs a software renderer (the readers with
 * no usable GPU) fill time on every slider step (10,000 markers: ~0.66 s a step in the scale bench).
 */
export const MAX_POINTS = 5_000;
/** At and past this zoom, points always (the map's max zoom: a cell could not be zoomed into). */
export const DETAIL_ZOOM = 12;

/** Whether to draw cells: `inView`, the window's plotted rows in view (a cellCounts total with the view's bbox). */
export function shouldAggregate(zoom: number, inView: number, o: { maxPoints?: number; detailZoom?: number } = {}): boolean {
  return inView > (o.maxPoints ?? MAX_POINTS) && zoom < (o.detailZoom ?? DETAIL_ZOOM);
}
