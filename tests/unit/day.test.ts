import { describe, expect, it } from 'vitest';
import { dateFromDay, dayFromDate, isDate } from '../../src/data/day.ts';

describe('day numbers', () => {
  it('dayFromDate(date) counts days since 1970-01-01', () => {
    expect(dayFromDate('1970-01-01')).toBe(0);
    expect(dayFromDate('1970-01-02')).toBe(1);
    expect(dayFromDate('2022-09-13')).toBe(19248);
    expect(dayFromDate('1969-12-31')).toBe(-1);
  });
  it('dateFromDay(day) is the inverse of dayFromDate', () => {
    for (const date of ['2022-08-01', '2022-09-30', '2020-02-29', '1988-02-01']) expect(dateFromDay(dayFromDate(date))).toBe(date);
  });
  it('dayFromDate rejects malformed and impossible dates', () => {
    expect(() => dayFromDate('2022-9-13')).toThrow(/YYYY-MM-DD/);
    expect(() => dayFromDate('2022-02-30')).toThrow(/no such calendar date/);
    expect(() => dayFromDate('')).toThrow();
    expect(isDate('2022-13-01')).toBe(false);
    expect(isDate('2022-09-13')).toBe(true);
  });
  it('dateFromDay rejects a fractional day', () => {
    expect(() => dateFromDay(1.5)).toThrow(/integer/);
  });
});
