// Map cells against the naive per-row computation (every row, its cell by the mercator formula, a Map of counts).
import fc from 'fast-check';
import { testColumns } from './columns-fixture.ts';
import { describe, expect, it } from 'vitest';
import {
  bandForZoom,
  buildCells,
  type CellCounts,
  cellBounds,
  cellCounts,
  dominantGroup,
  MAX_BAND,
  MAX_POINTS,
  shouldAggregate,
} from '../../src/data/columns/cells.ts';
import { groupMask } from '../../src/data/columns/filter.ts';
import { type EventColumns, FLAG_CONTEXT, FLAG_UNDATED, NO_DAY } from '../../src/data/columns/store.ts';

const FIRST = 19_000;
const G = 3;
// A few towns, so rows share cells at every band.
const TOWNS: [number, number][] = [
  [44.5, 40.2],
  [44.51, 40.21],
  [-73.9, 40.7],
  [151.2, -33.9],
  [179.99, 0],
];

const rowArb = fc.record({
  at: fc.oneof(
    fc.tuple(fc.constantFrom(...TOWNS), fc.double({ min: -0.05, max: 0.05, noNaN: true })).map(([[x, y], d]) => [x + d, y + d]),
    fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true })),
    fc.constant([Number.NaN, Number.NaN]),
  ),
  day: fc.integer({ min: 0, max: 40 }),
  length: fc.integer({ min: 0, max: 6 }),
  group: fc.integer({ min: 0, max: G - 1 }),
  flags: fc.constantFrom(0, 0, 0, FLAG_CONTEXT, FLAG_UNDATED, 1, 2),
});

type Row = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

function columns(rows: Row[]): EventColumns {
  const undated = (r: Row) => (r.flags & FLAG_UNDATED) !== 0;
  return testColumns(rows.length, {
    firstDay: FIRST,
    lon: Float32Array.from(rows, (r) => r.at[0] as number),
    lat: Float32Array.from(rows, (r) => r.at[1] as number),
    day: Int32Array.from(rows, (r) => (undated(r) ? NO_DAY : r.day)),
    dayEnd: Int32Array.from(rows, (r) => (undated(r) ? -NO_DAY : r.day + r.length)),
    group: Uint16Array.from(rows, (r) => r.group),
    flags: Uint8Array.from(rows, (r) => r.flags),
    eventTypes: [''],
  });
}

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

type Cell = { count: number; byGroup: number[]; sx: number; sy: number };

/** Each row on its own: the window rule of filter.ts, the cell by the formula. */
function naive(cols: EventColumns, band: number, w: { from: number; to: number; mode: 'asof' | 'range' }, mask: Uint8Array) {
  const side = 2 ** (band + 3);
  const cells = new Map<string, Cell>();
  for (let i = 0; i < cols.count; i++) {
    const lon = cols.lon[i] as number;
    const lat = cols.lat[i] as number;
    if (Number.isNaN(lon) || (cols.flags[i] as number) & (FLAG_CONTEXT | FLAG_UNDATED)) continue;
    const day = FIRST + (cols.day[i] as number);
    const end = FIRST + (cols.dayEnd[i] as number);
    if (day > w.to || (w.mode === 'range' && end < w.from) || mask[cols.group[i] as number] !== 1) continue;
    const key = `${Math.min(side - 1, Math.floor(mercX(lon) * side))},${Math.min(side - 1, Math.floor(mercY(lat) * side))}`;
    const cell = cells.get(key) ?? { count: 0, byGroup: [0, 0, 0], sx: 0, sy: 0 };
    cell.count++;
    (cell.byGroup[cols.group[i] as number] as number)++;
    cell.sx += mercX(lon);
    cell.sy += mercY(lat);
    cells.set(key, cell);
  }
  return cells;
}

function asMap(c: CellCounts) {
  const m = new Map<string, { count: number; byGroup: number[] }>();
  for (let k = 0; k < c.n; k++)
    m.set(`${c.cx[k]},${c.cy[k]}`, { count: c.count[k] as number, byGroup: [...c.byGroup.subarray(k * G, k * G + G)] });
  return m;
}

const windowArb = fc
  .record({
    a: fc.integer({ min: -5, max: 50 }),
    b: fc.integer({ min: -5, max: 50 }),
    mode: fc.constantFrom<'asof' | 'range'>('asof', 'range'),
  })
  .map(({ a, b, mode }) => ({ from: FIRST + Math.min(a, b), to: FIRST + Math.max(a, b), mode }));
const maskArb = fc.array(fc.integer({ min: 0, max: 1 }), { minLength: G, maxLength: G }).map((m) => Uint8Array.from(m));

describe('cellCounts', () => {
  it('counts per cell and group what the naive per-row computation counts, centres within a finest cell', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 80 }), fc.integer({ min: 0, max: MAX_BAND }), windowArb, maskArb, (rows, band, w, mask) => {
        const cols = columns(rows);
        const got = cellCounts(buildCells(cols), cols, band, w, mask);
        const want = naive(cols, band, w, mask);
        expect(asMap(got)).toEqual(new Map([...want].map(([k, v]) => [k, { count: v.count, byGroup: v.byGroup }])));
        expect(got.total).toBe([...want.values()].reduce((s, v) => s + v.count, 0));
        for (let k = 0; k < got.n; k++) {
          const cell = want.get(`${got.cx[k]},${got.cy[k]}`) as Cell;
          expect(Math.abs(mercX(got.lon[k] as number) - cell.sx / cell.count)).toBeLessThan(2 ** -16);
          expect(Math.abs(mercY(got.lat[k] as number) - cell.sy / cell.count)).toBeLessThan(2 ** -16);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with a bbox keeps exactly the cells that touch it, whole', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), fc.integer({ min: 0, max: MAX_BAND }), windowArb, (rows, band, w) => {
        const cols = columns(rows);
        const mask = Uint8Array.of(1, 1, 1);
        const bbox = [40, 35, 50, 45] as const;
        const all = cellCounts(buildCells(cols), cols, band, w, mask);
        const some = asMap(cellCounts(buildCells(cols), cols, band, w, mask, bbox));
        for (let k = 0; k < all.n; k++) {
          const [west, south, east, north] = cellBounds(band, all.cx[k] as number, all.cy[k] as number);
          const touches = west <= bbox[2] && east >= bbox[0] && south <= bbox[3] && north >= bbox[1];
          expect(some.get(`${all.cx[k]},${all.cy[k]}`)?.count, `cell ${k} at band ${band}`).toBe(touches ? all.count[k] : undefined);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never counts rows without a point, context rows or undated rows', () => {
    const cols = columns([
      { at: [Number.NaN, Number.NaN], day: 1, length: 0, group: 0, flags: 0 },
      { at: [44.5, 40.2], day: 1, length: 0, group: 0, flags: FLAG_CONTEXT },
      { at: [44.5, 40.2], day: 1, length: 0, group: 1, flags: FLAG_UNDATED },
      { at: [44.5, 40.2], day: 1, length: 0, group: 2, flags: 0 },
    ]);
    const cells = buildCells(cols);
    expect(cells.n).toBe(1);
    const c = cellCounts(cells, cols, 5, { from: 0, to: FIRST + 100, mode: 'asof' }, groupMask(new Set([0, 1, 2]), G));
    expect([c.n, c.total, [...c.byGroup.subarray(0, G)]]).toEqual([1, 1, [0, 0, 1]]);
    expect(dominantGroup(c, 0)).toBe(2);
  });

  it('gives no cells for an empty window or no rows', () => {
    const cols = columns([{ at: [44.5, 40.2], day: 10, length: 0, group: 0, flags: 0 }]);
    const all = Uint8Array.of(1, 1, 1);
    expect(cellCounts(buildCells(cols), cols, 3, { from: FIRST + 11, to: FIRST + 20, mode: 'range' }, all).n).toBe(0);
    expect(cellCounts(buildCells(cols), cols, 3, { from: 0, to: FIRST + 20, mode: 'asof' }, Uint8Array.of(0, 1, 1)).n).toBe(0);
    const none = columns([]);
    expect(cellCounts(buildCells(none), none, 0, { from: 0, to: 1, mode: 'range' }, all)).toMatchObject({ n: 0, total: 0 });
    expect(() => cellCounts(buildCells(none), none, MAX_BAND + 1, { from: 0, to: 1, mode: 'range' }, all)).toThrow(RangeError);
  });

  it('puts a cell’s bounds around its rows', () => {
    const cols = columns([{ at: [44.5, 40.2], day: 0, length: 0, group: 0, flags: 0 }]);
    for (let band = 0; band <= MAX_BAND; band++) {
      const c = cellCounts(buildCells(cols), cols, band, { from: 0, to: FIRST, mode: 'asof' }, Uint8Array.of(1, 1, 1));
      const [west, south, east, north] = cellBounds(band, c.cx[0] as number, c.cy[0] as number);
      expect(west <= 44.5 && 44.5 < east && south < 40.2 && 40.2 <= north, `band ${band}`).toBe(true);
    }
  });
});

describe('bands and the aggregation rule', () => {
  it('picks the band of the zoom, within 0..MAX_BAND', () => {
    expect([-1, 0, 4.99, 5, 10.5, 22].map(bandForZoom)).toEqual([0, 0, 4, 5, 10, MAX_BAND]);
  });

  it('aggregates only above the point limit and below the detail zoom', () => {
    expect(shouldAggregate(6, MAX_POINTS + 1)).toBe(true);
    expect(shouldAggregate(6, MAX_POINTS)).toBe(false);
    expect(shouldAggregate(12, 1_000_000)).toBe(false);
    expect(shouldAggregate(8, 500, { maxPoints: 100 })).toBe(true);
    expect(shouldAggregate(11, 500, { maxPoints: 100, detailZoom: 11 })).toBe(false);
  });
});
