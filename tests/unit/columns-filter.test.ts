// The columnar filter and counts against the per-record rules they replace (matches-window.ts, bin-by-day.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binByDay } from '../../src/data/bin-by-day.ts';
import { dayCounts, windowCounts } from '../../src/data/columns/day-counts.ts';
import { windowIndex } from '../../src/data/columns/filter.ts';
import { columnsFromIncidents, type EventColumns } from '../../src/data/columns/store.ts';
import { dataExtent } from '../../src/data/data-extent.ts';
import { shownClaims } from '../../src/data/matches-window.ts';
import type { Incident } from '../../src/data/schema.ts';
import { incident, SEP_13 } from './record-fixture.ts';

const SIDES = ['armenia', 'azerbaijan', 'third'];

const record = fc
  .record({
    start: fc.integer({ min: -40, max: 60 }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 })),
    side: fc.constantFrom(...SIDES),
    context: fc.boolean(),
    at: fc.option(fc.tuple(fc.double({ min: 44, max: 48, noNaN: true }), fc.double({ min: 38, max: 41, noNaN: true }))),
  })
  .map((r) => ({ ...r, context: r.context && r.start < 0 }));

const records = fc
  .array(record, { maxLength: 60 })
  .map((rs) =>
    rs.map((r, i) =>
      incident(`r${i}`, r.at, { day: SEP_13 + r.start, day_end: SEP_13 + r.start + r.length, claimant_side: r.side, context: r.context }),
    ),
  );
const windowArb = fc
  .record({ a: fc.integer({ min: -50, max: 80 }), b: fc.integer({ min: -50, max: 80 }), chosen: fc.subarray(SIDES) })
  .map(({ a, b, chosen }) => ({ from: SEP_13 + Math.min(a, b), to: SEP_13 + Math.max(a, b), sides: new Set(chosen) }));

const ids = (cols: EventColumns, rows: Uint32Array) => [...rows].map((i) => cols.ids.at(i));
const groupSet = (cols: EventColumns, sides: Set<string>) => new Set(cols.groups.flatMap((g, i) => (sides.has(g) ? [i] : [])));

/** The naive filter: today's records and rule; 'asof' is the overlap from the timeline's first day. */
function naive(incidents: Incident[], w: { from: number; to: number; sides: Set<string> }, mode: 'asof' | 'range', plotted = false) {
  const first = dataExtent(incidents.map((f) => f.properties))?.[0] ?? w.from;
  const shown = shownClaims(incidents, { ...w, from: mode === 'asof' ? first : w.from });
  return (plotted ? shown.filter((f) => f.geometry) : shown).map((f) => f.properties.id);
}

describe('windowIndex', () => {
  it('shows what the per-record filter shows, in both modes, with and without points', () => {
    fc.assert(
      fc.property(records, windowArb, fc.constantFrom<'asof' | 'range'>('asof', 'range'), fc.boolean(), (incidents, w, mode, plotted) => {
        const cols = columnsFromIncidents(incidents, { groups: SIDES });
        const rows = windowIndex(cols, { from: w.from, to: w.to, mode, groups: groupSet(cols, w.sides), plotted });
        expect(ids(cols, rows)).toEqual(naive(incidents, w, mode, plotted));
      }),
      { numRuns: 400 },
    );
  });

  it('takes the groups as a set, a bitmask or a byte per group alike', () => {
    fc.assert(
      fc.property(records, windowArb, (incidents, w) => {
        const cols = columnsFromIncidents(incidents, { groups: SIDES });
        const set = groupSet(cols, w.sides);
        const bits = [...set].reduce((m, g) => m | (1 << g), 0);
        const bytes = Uint8Array.from(cols.groups, (_, g) => (set.has(g) ? 1 : 0));
        const q = { from: w.from, to: w.to, mode: 'range' as const };
        const bySet = windowIndex(cols, { ...q, groups: set });
        expect(windowIndex(cols, { ...q, groups: bits })).toEqual(bySet);
        expect(windowIndex(cols, { ...q, groups: bytes })).toEqual(bySet);
      }),
    );
  });
});

describe('windowCounts', () => {
  it('counts per group what the filter shows, and bins per day as binByDay', () => {
    fc.assert(
      fc.property(records, windowArb, fc.constantFrom<'asof' | 'range'>('asof', 'range'), (incidents, w, mode) => {
        const cols = columnsFromIncidents(incidents, { groups: SIDES });
        const counts = dayCounts(cols);
        const got = windowCounts(counts, w.from, w.to, mode, groupSet(cols, w.sides));
        const shown = naive(incidents, w, mode);
        const byId = new Map(incidents.map((f) => [f.properties.id, f.properties]));
        cols.groups.forEach((g, i) => {
          expect(got.byGroup[i]).toBe(shown.filter((id) => byId.get(id)?.claimant_side === g).length);
        });
        expect(got.total).toBe(shown.length);
        const extent = dataExtent(incidents.map((f) => f.properties));
        if (!extent) {
          expect(counts.days).toBe(0);
          return;
        }
        expect([counts.first, counts.first + counts.days - 1]).toEqual(extent);
        const inPeriod = incidents.filter((f) => !f.properties.context).map((f) => f.properties);
        const chosen = inPeriod.filter((p) => w.sides.has(p.claimant_side));
        expect([...got.bins]).toEqual(binByDay(chosen, ...extent).map((b) => b.count));
        cols.groups.forEach((g, i) => {
          const mine = w.sides.has(g)
            ? binByDay(
                inPeriod.filter((p) => p.claimant_side === g),
                ...extent,
              ).map((b) => b.count)
            : null;
          const column = Array.from({ length: counts.days }, (_, d) => got.stack[d * cols.groups.length + i]);
          expect(column).toEqual(mine ?? column.map(() => 0));
        });
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a range that ends before it starts', () => {
    const cols = columnsFromIncidents([incident('a', null)]);
    expect(() => windowCounts(dayCounts(cols), SEP_13 + 1, SEP_13, 'range', 1)).toThrow(RangeError);
  });
});

describe('the built-in data as columns', () => {
  const incidents = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/incidents.geojson'), 'utf8')).features as Incident[];
  const cols = columnsFromIncidents(incidents);
  const counts = dayCounts(cols);
  const [first, last] = dataExtent(incidents.map((f) => f.properties)) as [number, number];
  const sides = new Set(incidents.map((f) => f.properties.claimant_side));

  it('filters and counts every window as the records do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: first - 5, max: last + 5 }),
        fc.integer({ min: 0, max: 30 }),
        fc.subarray([...sides]),
        fc.constantFrom<'asof' | 'range'>('asof', 'range'),
        (from, span, chosen, mode) => {
          const w = { from, to: from + span, sides: new Set(chosen) };
          const groups = groupSet(cols, w.sides);
          const shown = naive(incidents, w, mode);
          expect(ids(cols, windowIndex(cols, { ...w, mode, groups }))).toEqual(shown);
          expect(windowCounts(counts, w.from, w.to, mode, groups).total).toBe(shown.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
