// The cell counter (cell-steps.ts) against cellCounts (cells.ts) over a run of queries, as a slider,
// the side toggles, pans and zooms ask them: after every one, the same answer array for array.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellCounter } from '../../src/data/columns/cell-steps.ts';
import { buildCells, cellCounts } from '../../src/data/columns/cells.ts';
import { groupMask } from '../../src/data/columns/filter.ts';
import { FLAG_CONTEXT, FLAG_UNDATED, NO_DAY } from '../../src/data/columns/store.ts';
import { testColumns } from './columns-fixture.ts';

const FIRST = 19_000;
const G = 3;
const TOWNS: [number, number][] = [
  [44.5, 40.2],
  [44.51, 40.21],
  [-73.9, 40.7],
  [151.2, -33.9],
];

const rowArb = fc.record({
  town: fc.integer({ min: 0, max: TOWNS.length - 1 }),
  jitter: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
  plotted: fc.boolean(),
  day: fc.integer({ min: 0, max: 200 }),
  // Mostly short, some longer than day-index.ts's SHORT (31 days).
  length: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 5 }), weight: 12 }, { arbitrary: fc.integer({ min: 20, max: 80 }), weight: 1 }),
  group: fc.integer({ min: 0, max: G - 1 }),
  flags: fc.constantFrom(0, 0, 0, FLAG_CONTEXT, FLAG_UNDATED),
});

const queryArb = fc.record({
  band: fc.constantFrom(0, 3, 5, 8, 11, 13, 13),
  from: fc.integer({ min: -10, max: 210 }),
  to: fc.integer({ min: -10, max: 210 }),
  // Mostly a step of the window's end or start, as the slider moves them.
  move: fc.constantFrom('to', 'to', 'from', 'both', 'both', 'jump', 'narrow'),
  by: fc.integer({ min: -10, max: 10 }),
  mode: fc.constantFrom('range', 'range', 'range', 'asof'),
  groups: fc.constantFrom(7, 7, 7, 5, 1),
  view: fc.constantFrom(null, null, [40, 35, 50, 45] as const, [-180, -60, 0, 60] as const),
  // Band, view, groups and mode change now and then; the window on most queries.
  change: fc.integer({ min: 0, max: 5 }),
});

describe('the cell counter', () => {
  it('answers as cellCounts after every step, toggle, pan and zoom', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 300 }), fc.array(queryArb, { minLength: 1, maxLength: 25 }), (rows, queries) => {
        const undated = (r: (typeof rows)[number]) => (r.flags & FLAG_UNDATED) !== 0;
        const cols = testColumns(rows.length, {
          firstDay: FIRST,
          lon: Float32Array.from(rows, (r) => (r.plotted ? (TOWNS[r.town] as [number, number])[0] + r.jitter : Number.NaN)),
          lat: Float32Array.from(rows, (r) => (r.plotted ? (TOWNS[r.town] as [number, number])[1] + r.jitter : Number.NaN)),
          day: Int32Array.from(rows, (r) => (undated(r) ? NO_DAY : r.day)),
          dayEnd: Int32Array.from(rows, (r) => (undated(r) ? -NO_DAY : r.day + r.length)),
          group: Uint16Array.from(rows, (r) => r.group),
          flags: Uint8Array.from(rows, (r) => r.flags),
          eventTypes: [''],
        });
        const cells = buildCells(cols);
        const counter = new CellCounter(cells);
        let w = { from: FIRST, to: FIRST + 200 };
        let held = queries[0] as (typeof queries)[number];
        for (const q of queries) {
          if (q.change === 0) held = q;
          if (q.move === 'jump') w = { from: FIRST + q.from, to: FIRST + q.to };
          if (q.move === 'narrow') w = { from: FIRST + q.from, to: FIRST + q.from + Math.abs(q.by) };
          if (q.move === 'to' || q.move === 'both') w = { ...w, to: w.to + q.by };
          if (q.move === 'from' || q.move === 'both') w = { ...w, from: w.from + q.by };
          const window = { ...w, mode: held.mode as 'range' | 'asof' };
          const mask = groupMask(held.groups, G);
          const bbox = held.view ?? undefined;
          expect(counter.counts(cols, held.band, window, mask, bbox)).toEqual(cellCounts(cells, cols, held.band, window, mask, bbox));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a narrow window moved by more than its width: the rows at both edges, once each', () => {
    const n = 200;
    const cols = testColumns(n, {
      firstDay: FIRST,
      lon: new Float32Array(n).fill(44.5),
      lat: new Float32Array(n).fill(40.2),
      day: Int32Array.from({ length: n }, (_, i) => i),
      dayEnd: Int32Array.from({ length: n }, (_, i) => i + (i % 3)),
      group: new Uint16Array(n),
      flags: new Uint8Array(n),
      eventTypes: [''],
    });
    const cells = buildCells(cols);
    const counter = new CellCounter(cells);
    const mask = groupMask(1, G);
    for (const [from, to] of [
      [10, 12],
      [15, 17],
      [13, 40],
      [8, 38],
      [30, 31],
      [20, 24],
    ] as const) {
      const window = { from: FIRST + from, to: FIRST + to, mode: 'range' as const };
      expect(counter.counts(cols, 5, window, mask)).toEqual(cellCounts(cells, cols, 5, window, mask));
    }
  });

  it('refuses a band that is not one', () => {
    const cols = testColumns(0);
    expect(() => new CellCounter(buildCells(cols)).counts(cols, 14, { from: 0, to: 1, mode: 'range' }, groupMask(1, 1))).toThrow(
      RangeError,
    );
  });
});
