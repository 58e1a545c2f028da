import { describe, expect, it } from 'vitest';
import { binByDay } from '../../src/data/bin-by-day.ts';
import { matchesWindow } from '../../src/data/matches-window.ts';

describe('binByDay', () => {
  it('binByDay(records, first, last) gives one bin per day, empty days included', () => {
    const bins = binByDay(
      [
        { day: 10, day_end: 10 },
        { day: 10, day_end: 10 },
        { day: 12, day_end: 12 },
      ],
      10,
      13,
    );
    expect(bins).toEqual([
      { day: 10, count: 2 },
      { day: 11, count: 0 },
      { day: 12, count: 1 },
      { day: 13, count: 0 },
    ]);
  });
  it('counts a date range on every day it covers', () => {
    expect(binByDay([{ day: 11, day_end: 12 }], 10, 13).map((b) => b.count)).toEqual([0, 1, 1, 0]);
  });
  it('clips records that start before or end after the domain', () => {
    expect(
      binByDay(
        [
          { day: 5, day_end: 11 },
          { day: 13, day_end: 20 },
        ],
        10,
        13,
      ).map((b) => b.count),
    ).toEqual([1, 1, 0, 1]);
  });
});

describe('matchesWindow', () => {
  it('matches a record whose range overlaps the window, inclusive at both ends', () => {
    expect(matchesWindow({ day: 5, day_end: 7 }, 7, 9)).toBe(true);
    expect(matchesWindow({ day: 9, day_end: 9 }, 7, 9)).toBe(true);
    expect(matchesWindow({ day: 3, day_end: 12 }, 7, 9)).toBe(true);
  });
  it('does not match a record entirely before or after the window', () => {
    expect(matchesWindow({ day: 5, day_end: 6 }, 7, 9)).toBe(false);
    expect(matchesWindow({ day: 10, day_end: 11 }, 7, 9)).toBe(false);
  });
});
