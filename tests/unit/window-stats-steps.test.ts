// The window summary's step counter (columns/window-stats.ts StatsCounter) and its toll blocks
// (toll-blocks.ts) on sets big enough for many blocks of rows, against windowStats on the records,
// after every slider step and side toggle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import { StatsCounter } from '../../src/data/columns/window-stats.ts';
import { windowStats } from '../../src/data/window-stats.ts';
import { incident, SEP_13 } from './record-fixture.ts';

const SIDES = ['armenia', 'azerbaijan', 'third'];
const PARTIES = [null, 'armenia', 'azerbaijan', 'both'] as const;

/** n records over `days` days from a seed: few places and small tolls, so places repeat and tolls tie. */
function records(seed: number, n: number, days: number) {
  let s = seed >>> 0 || 1;
  const rand = (k: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % k;
  };
  return Array.from({ length: n }, (_, i) => {
    const start = rand(days);
    const long = rand(40) === 0;
    return incident(`r${i}`, rand(5) === 0 ? null : [46, 40], {
      day: SEP_13 + start,
      day_end: SEP_13 + start + (long ? 32 + rand(60) : rand(4)),
      claimant_side: SIDES[rand(3)] as string,
      context: rand(30) === 0,
      place_id: rand(3) === 0 ? null : `p${rand(400)}`,
      place_name: rand(2) ? 'Town' : '',
      fatalities_claimed: rand(3) === 0 ? rand(50) : null,
      fatalities_of: PARTIES[rand(4)] as 'armenia' | null,
    });
  });
}

const moveArb = fc.record({
  edge: fc.constantFrom('to', 'to', 'from', 'both', 'jump'),
  by: fc.integer({ min: -6, max: 6 }),
  at: fc.integer({ min: -20, max: 220 }),
  width: fc.integer({ min: 0, max: 240 }),
  toggle: fc.option(fc.constantFrom(...SIDES), { freq: 5 }),
});

describe('the window summary step by step', () => {
  it('equals windowStats after every step on a few thousand records', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1000, max: 4000 }),
        fc.integer({ min: 20, max: 200 }),
        fc.array(moveArb, { minLength: 1, maxLength: 12 }),
        (seed, n, days, moves) => {
          const incidents = records(seed, n, days);
          const cols = columnsFromIncidents(incidents, { groups: SIDES });
          const props = incidents.map((f) => f.properties);
          const counter = new StatsCounter(cols, props, SIDES);
          let w = { from: SEP_13, to: SEP_13 + days, sides: new Set(SIDES) };
          expect(counter.stats(w)).toEqual(windowStats(props, w, SIDES));
          for (const m of moves) {
            const sides = new Set(w.sides);
            if (m.toggle) sides.has(m.toggle) ? sides.delete(m.toggle) : sides.add(m.toggle);
            if (m.edge === 'jump') w = { from: SEP_13 + m.at, to: SEP_13 + m.at + m.width, sides };
            else w = { from: w.from + (m.edge === 'to' ? 0 : m.by), to: w.to + (m.edge === 'from' ? 0 : m.by), sides };
            if (w.from > w.to) w = { ...w, from: w.to };
            expect(counter.stats(w)).toEqual(windowStats(props, w, SIDES));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
