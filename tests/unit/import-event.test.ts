import { describe, expect, it } from 'vitest';
import { addWarning, newEvent, newReport } from '../../src/data/import/event';

describe('newEvent', () => {
  it('has every field at its empty default, with prototype-free maps', () => {
    const e = newEvent(7, 'row-7');
    expect(e).toMatchObject({ id: 'row-7', line: 7, date: null, lat: null, lon: null, actors: [], sources: [], title: '' });
    expect(Object.getPrototypeOf(e.extra)).toBeNull();
    expect(Object.getPrototypeOf(e.categories)).toBeNull();
    expect(newEvent(8, 'b').actors).not.toBe(e.actors);
  });
});

describe('report', () => {
  it('starts empty', () => {
    expect(newReport('a.csv', 'ACLED CSV')).toEqual({
      file: 'a.csv',
      format: 'ACLED CSV',
      imported: 0,
      skipped: [],
      merged: 0,
      warnings: [],
      fatal: null,
    });
  });

  it('folds identical warnings into one with a count', () => {
    const r = newReport('a.csv', 'csv');
    addWarning(r, 2, 'fatalities', 'not a number');
    addWarning(r, 3, 'fatalities', 'not a number');
    addWarning(r, 4, 'fatalities', 'not a number');
    addWarning(r, 5, 'latitude', 'not a number');
    addWarning(r, 6, null, 'date in the future');
    expect(r.warnings).toEqual([
      { line: 2, column: 'fatalities', message: 'not a number (and 2 more rows)' },
      { line: 5, column: 'latitude', message: 'not a number' },
      { line: 6, column: null, message: 'date in the future' },
    ]);
  });

  it('keeps reports apart', () => {
    const a = newReport('a.csv', 'csv');
    const b = newReport('b.csv', 'csv');
    addWarning(a, 1, null, 'x');
    addWarning(b, 1, null, 'x');
    expect(b.warnings).toEqual([{ line: 1, column: null, message: 'x' }]);
  });
});
