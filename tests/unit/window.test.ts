import { describe, expect, it } from 'vitest';
import { GROUPS } from './dataset-fixture.ts';
import { dateBands } from '../../src/data/date-bands.ts';
import { isShown, matchesWindow } from '../../src/data/matches-window.ts';
import { windowStats } from '../../src/data/window-stats.ts';
import type { IncidentProperties } from '../../src/data/schema.ts';

describe('date ranges against the slider window', () => {
  it('matches a claim with a date range whenever the range overlaps the window', () => {
    const twoNights = { day: 13, day_end: 14 };
    expect(matchesWindow(twoNights, 14, 20)).toBe(true); // window starts on its last day
    expect(matchesWindow(twoNights, 1, 13)).toBe(true); // window ends on its first day
    expect(matchesWindow(twoNights, 12, 12)).toBe(false);
    expect(matchesWindow(twoNights, 15, 20)).toBe(false);
    const august = { day: 1, day_end: 31 };
    expect(matchesWindow(august, 10, 10)).toBe(true); // a window inside the range
  });
  it('also needs the claimant side to be chosen', () => {
    const r = { day: 5, day_end: 5, claimant_side: 'azerbaijan' };
    expect(isShown(r, { from: 1, to: 9, sides: new Set(['armenia', 'azerbaijan']) })).toBe(true);
    expect(isShown(r, { from: 1, to: 9, sides: new Set(['armenia']) })).toBe(false);
  });
});

describe('dateBands', () => {
  it('makes one band per span of uncertain days, counting the claims that share it, and ignores exact days', () => {
    const bands = dateBands([
      { day: 13, day_end: 14, date_precision: 2 },
      { day: 1, day_end: 31, date_precision: 3 },
      { day: 13, day_end: 14, date_precision: 2 },
      { day: 13, day_end: 13, date_precision: 1 },
    ]);
    expect(bands).toEqual([
      { day: 1, day_end: 31, count: 1 },
      { day: 13, day_end: 14, count: 2 },
    ]);
  });
});

const p = (over: Partial<IncidentProperties>) =>
  ({
    day: 10,
    day_end: 10,
    context: false,
    place_id: null,
    fatalities_claimed: null,
    fatalities_of: null,
    claimant_label: 'x',
    ...over,
  }) as IncidentProperties;

describe('windowStats', () => {
  const records = [
    p({ id: 'am-49', claimant_side: 'armenia', fatalities_claimed: 49, fatalities_of: 'armenia', claimant_label: 'Government of Armenia' }),
    p({
      id: 'am-135',
      claimant_side: 'armenia',
      fatalities_claimed: 135,
      fatalities_of: 'armenia',
      claimant_label: 'Government of Armenia',
      day: 11,
      day_end: 11,
    }),
    p({
      id: 'am-431',
      claimant_side: 'armenia',
      fatalities_claimed: 431,
      fatalities_of: 'azerbaijan',
      claimant_label: 'Government of Armenia',
    }),
    p({ id: 'az-50', claimant_side: 'azerbaijan', fatalities_claimed: 50, fatalities_of: 'azerbaijan', place_id: 'kalbajar' }),
    p({ id: 'am-jermuk', claimant_side: 'armenia', place_id: 'jermuk' }),
    p({ id: 'am-jermuk-2', claimant_side: 'armenia', place_id: 'jermuk' }),
    p({ id: 'ru', claimant_side: 'third_party', place_id: 'jermuk' }),
    p({ id: 'old-war', claimant_side: 'independent', context: true, fatalities_claimed: 6500 }),
  ];
  const all = new Set(GROUPS);

  it('counts claims and places per side and the highest toll per party whose dead, never adding tolls up', () => {
    const stats = windowStats(records, { from: 1, to: 20, sides: all }, GROUPS);
    expect(stats.claims).toBe(7); // the background record is not in the window's numbers
    expect(stats.places).toBe(2);
    const am = stats.sides.find((s) => s.side === 'armenia')!;
    expect([am.claims, am.places]).toEqual([5, 1]);
    expect(am.tolls.map((t) => [t.of, t.n, t.id])).toEqual([
      ['armenia', 135, 'am-135'],
      ['azerbaijan', 431, 'am-431'],
    ]);
    const az = stats.sides.find((s) => s.side === 'azerbaijan')!;
    expect(az.tolls.map((t) => [t.of, t.n])).toEqual([['azerbaijan', 50]]);
    expect(stats.sides.find((s) => s.side === 'third_party')!.tolls).toEqual([]);
  });
  it('follows the window and the chosen sides', () => {
    const stats = windowStats(records, { from: 10, to: 10, sides: new Set(['armenia'] as const) }, GROUPS);
    expect(stats.sides.map((s) => s.side)).toEqual(['armenia']);
    expect(stats.sides[0]!.tolls.map((t) => t.n)).toEqual([49, 431]);
    expect(stats.claims).toBe(4);
  });
});
