// DayScale and the fallback palette copy d3 (to keep d3-scale out of the first view): they must still agree with it.
import { scaleLinear, schemeTableau10 } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupColours } from '../../src/style/group-colours.ts';
import { themes } from '../../src/style/theme.ts';
import { DayScale } from '../../src/ui/timeline/day-scale.ts';

describe('copies of d3', () => {
  it('DayScale places and finds days exactly as d3 scaleLinear does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.double({ min: -100, max: 4100, noNaN: true }),
        (first, span, width, x) => {
          const last = first + span;
          const ours = new DayScale(first, last, width);
          const d3 = scaleLinear()
            .domain([first, last + 1])
            .range([0, width]);
          expect(ours.left(first + (span >> 1))).toBe(d3(first + (span >> 1)));
          expect(ours.x(last)).toBe(d3(last + 0.5));
          expect(ours.dayAt(x)).toBe(Math.min(last, Math.max(first, Math.floor(d3.invert(x)))));
        },
      ),
    );
  });

  it('groups without a colour get Tableau10 in order, as from d3-scale-chromatic', () => {
    const groups = Array.from({ length: 12 }, (_, i) => ({ id: `g${i}` }));
    const expected = groups.map((_, i) => schemeTableau10[i % 10]);
    expect([...groupColours(groups, themes.light).values()]).toEqual(expected);
  });
});
