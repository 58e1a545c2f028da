import fc from 'fast-check';
import { testColumns } from './columns-fixture.ts';
import { describe, expect, it } from 'vitest';
import { windowIndex } from '../../src/data/columns/filter.ts';
import { plottedOrder } from '../../src/data/columns/plotted-order.ts';
import { PointIndex } from '../../src/data/columns/point-index.ts';
import { type EventColumns, FLAG_CONTEXT } from '../../src/data/columns/store.ts';
import { atlasLayout } from '../../src/map/gpu/atlas-layout.ts';
import { gpuWindow, packInstances, shownAt } from '../../src/map/gpu/instances.ts';

function columns(rows: { lon: number; lat: number; day: number; len: number; group: number; context: boolean }[]): EventColumns {
  return testColumns(rows.length, {
    lon: Float32Array.from(rows, (r) => r.lon),
    lat: Float32Array.from(rows, (r) => r.lat),
    day: Int32Array.from(rows, (r) => r.day),
    dayEnd: Int32Array.from(rows, (r) => r.day + r.len),
    group: Uint16Array.from(rows, (r) => r.group),
    flags: Uint8Array.from(rows, (r) => (r.context ? FLAG_CONTEXT : 0)),
  });
}
const row = fc.record({
  lon: fc.oneof(fc.double({ min: 40, max: 50, noNaN: true }), fc.constant(Number.NaN)),
  lat: fc.double({ min: 38, max: 42, noNaN: true }),
  day: fc.integer({ min: 0, max: 60 }),
  len: fc.integer({ min: 0, max: 5 }),
  group: fc.integer({ min: 0, max: 2 }),
  context: fc.boolean(),
});

describe('GPU claim layer, pure parts', () => {
  it('atlas cells do not overlap and fit the atlas', () => {
    const l = atlasLayout(8);
    const cells = [...l.markers, l.ring];
    for (const a of cells) expect(a.x + a.size <= l.width && a.y + a.size <= l.height).toBe(true);
    for (const [i, a] of cells.entries())
      for (const b of cells.slice(i + 1))
        expect(a.x + a.size <= b.x || b.x + b.size <= a.x || a.y + a.size <= b.y || b.y + b.size <= a.y).toBe(true);
  });

  it('drawing order is by day, stable, and holds exactly the plottable rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const cols = columns(rows);
        const order = [...plottedOrder(cols)];
        const want = rows
          .flatMap((r, i) => (Number.isNaN(r.lon) || r.context ? [] : [i]))
          .sort((a, b) => rows[a]!.day - rows[b]!.day || a - b);
        expect(order).toEqual(want);
      }),
    );
  });

  it("the shader's rule (with the groups as a mask) counts what windowIndex shows", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 7 }),
        (rows, a, b, asof, bits) => {
          const cols = columns(rows);
          const [from, to] = [19000 + Math.min(a, b), 19000 + Math.max(a, b)];
          const mode = asof ? 'asof' : 'range';
          const chosen = Uint8Array.from([0, 1, 2], (g) => (bits >> g) & 1);
          const inst = packInstances(cols, [0]);
          const w = gpuWindow(cols, mode, from, to, to);
          const drawn = [...inst.rows].filter((_, p) => shownAt(inst.data, p, w, chosen)).sort((x, y) => x - y);
          expect(drawn).toEqual([...windowIndex(cols, { from, to, mode, groups: chosen, plotted: true })]);
        },
      ),
    );
  });

  it('the point index finds, in drawing order, what a brute-force box test finds', () => {
    const pt = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 200 }), pt, pt, (pts, a, b) => {
        const index = new PointIndex(
          pts.map((p) => p.x),
          pts.map((p) => p.y),
        );
        const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
        const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
        const brute = pts.flatMap((p, i) => (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1 ? [i] : []));
        expect([...index.range(x0, y0, x1, y1)]).toEqual(brute);
      }),
    );
  });

  it('the point index finds what a brute-force distance test finds', () => {
    const pt = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 200 }), pt, fc.double({ min: 0, max: 0.3, noNaN: true }), (pts, q, r) => {
        const index = new PointIndex(
          pts.map((p) => p.x),
          pts.map((p) => p.y),
        );
        const brute = pts.flatMap((p, i) => ((p.x - q.x) ** 2 + (p.y - q.y) ** 2 <= r * r ? [i] : []));
        expect(index.within(q.x, q.y, r).sort((a, b) => a - b)).toEqual(brute);
        const odd = (i: number) => i % 2 === 1;
        expect(index.topmost(q.x, q.y, r, odd)).toBe(Math.max(-1, ...brute.filter(odd)));
      }),
    );
  });
});
