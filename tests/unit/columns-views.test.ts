// The views' per-step numbers over columns against the per-record code they replace: the table's
// rows (windowIndex), the histogram's bars (binByDay) and the window summary (windowStats).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binByDay } from '../../src/data/bin-by-day.ts';
import { dayCountsOf } from '../../src/data/columns/day-counts.ts';
import { dayIndex, rowsInWindow } from '../../src/data/columns/day-index.ts';
import { namedMask, windowIndex } from '../../src/data/columns/filter.ts';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import { columnStats, StatsCounter } from '../../src/data/columns/window-stats.ts';
import { dataExtent } from '../../src/data/data-extent.ts';
import type { Incident } from '../../src/data/schema.ts';
import { windowStats } from '../../src/data/window-stats.ts';
import { sideCounts } from '../../src/ui/timeline/histogram.ts';
import { incident, SEP_13 } from './record-fixture.ts';

const SIDES = ['armenia', 'azerbaijan', 'third'];
const PLACES = ['p1', 'p2', 'p3', 'p4'];

const record = fc
  .record({
    start: fc.integer({ min: -40, max: 60 }),
    // Mostly short, some longer than day-index.ts's SHORT (31 days).
    length: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 25, max: 90 })),
    side: fc.constantFrom(...SIDES),
    context: fc.boolean(),
    place: fc.option(fc.constantFrom(...PLACES)),
    name: fc.constantFrom('', 'Town', 'Village'),
    precision: fc.constantFrom(null, 1, 2),
    toll: fc.option(fc.integer({ min: 0, max: 4 })),
    of: fc.constantFrom(null, 'armenia', 'azerbaijan', 'both'),
  })
  .map((r) => ({ ...r, context: r.context && r.start < 0 }));

const records = fc.array(record, { maxLength: 60 }).map((rs) =>
  rs.map((r, i) =>
    incident(`r${i}`, r.precision === null ? null : [46, 40], {
      day: SEP_13 + r.start,
      day_end: SEP_13 + r.start + r.length,
      claimant_side: r.side,
      context: r.context,
      place_id: r.place,
      place_name: r.name,
      geo_precision: r.precision as 1 | 2 | null,
      fatalities_claimed: r.toll,
      fatalities_of: r.of as 'armenia' | null,
    }),
  ),
);
const windowArb = fc
  .record({ a: fc.integer({ min: -150, max: 100 }), b: fc.integer({ min: -150, max: 100 }), chosen: fc.subarray(SIDES) })
  .map(({ a, b, chosen }) => ({ from: SEP_13 + Math.min(a, b), to: SEP_13 + Math.max(a, b), sides: new Set(chosen) }));

function check(incidents: Incident[], groups: string[], w: { from: number; to: number; sides: Set<string> }) {
  const cols = columnsFromIncidents(incidents, { groups });
  const mask = namedMask(cols.groups, w.sides);
  const rows = rowsInWindow(dayIndex(cols), w.from, w.to, mask);
  const rule = windowIndex(cols, { ...w, mode: 'range', groups: mask });
  expect([...rows].sort((a, b) => a - b)).toEqual([...rule]);
  const props = incidents.map((f) => f.properties);
  const whole = windowStats(props, w, groups);
  expect(columnStats(cols, props, w, groups)).toEqual(whole);
  // The histogram spans the app's extent, context records included, as mount-app.ts.
  const [first, last] = dataExtent(props) ?? [w.from, w.to];
  const inPeriod = props.filter((p) => !p.context);
  const bars = sideCounts(dayCountsOf(cols), cols.groups, groups, w.sides, first, last);
  expect(bars).toEqual(
    groups
      .filter((s) => w.sides.has(s))
      .map((side) => ({
        side,
        counts: binByDay(
          inPeriod.filter((p) => p.claimant_side === side),
          first,
          last,
        ).map((b) => b.count),
      })),
  );
}

describe('the views over columns', () => {
  it('give the per-record rows, bars and summary on random records', () => {
    fc.assert(
      fc.property(records, windowArb, (incidents, w) => check(incidents, SIDES, w)),
      { numRuns: 400 },
    );
  });

  it('give them on the built-in data, window after window', () => {
    const incidents = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/incidents.geojson'), 'utf8')).features as Incident[];
    const groups = [...new Set(incidents.map((f) => f.properties.claimant_side))];
    const [first, last] = dataExtent(incidents.map((f) => f.properties)) ?? [0, 0];
    for (let to = first; to <= last; to += 3) {
      check(incidents, groups, { from: first, to, sides: new Set(groups) });
      check(incidents, groups, { from: Math.max(first, to - 6), to, sides: new Set(groups.slice(1)) });
    }
  });

  it('give the summary step after step, as the slider and the side toggles move it', () => {
    const move = fc.record({
      edge: fc.constantFrom('to', 'to', 'from', 'both', 'jump'),
      by: fc.integer({ min: -8, max: 8 }),
      jump: windowArb,
      toggle: fc.option(fc.constantFrom(...SIDES), { freq: 4 }),
    });
    fc.assert(
      fc.property(records, windowArb, fc.array(move, { maxLength: 20 }), (incidents, start, moves) => {
        const cols = columnsFromIncidents(incidents, { groups: SIDES });
        const props = incidents.map((f) => f.properties);
        const counter = new StatsCounter(cols, props, SIDES);
        let w = start;
        expect(counter.stats(w)).toEqual(windowStats(props, w, SIDES));
        for (const m of moves) {
          const sides = new Set(w.sides);
          if (m.toggle) sides.has(m.toggle) ? sides.delete(m.toggle) : sides.add(m.toggle);
          if (m.edge === 'jump') w = { ...m.jump, sides };
          else w = { from: w.from + (m.edge === 'to' ? 0 : m.by), to: w.to + (m.edge === 'from' ? 0 : m.by), sides };
          // The slider keeps its thumbs in order (an empty window is the test below).
          if (w.from > w.to) w = { ...w, from: w.to };
          expect(counter.stats(w)).toEqual(windowStats(props, w, SIDES));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('show nothing for a window that ends before it starts', () => {
    check([incident('a', [46, 40])], SIDES, { from: SEP_13 + 1, to: SEP_13, sides: new Set(SIDES) });
  });
});
