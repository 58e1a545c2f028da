import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedEvent, ImportResult } from '../../src/data/import/types.ts';
import { importUcdp } from '../../src/data/import/ucdp.ts';

const TODAY = '2026-01-01';
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/ucdp/${name}`, import.meta.url), 'utf8');
const load = (name: string): ImportResult => importUcdp(name, fixture(name), { today: TODAY });
const byId = (r: ImportResult, id: string): ImportedEvent => {
  const e = r.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const messages = (r: ImportResult) => r.report.warnings.map((w) => w.message);

describe('UCDP GED: a derived extract (pandas export, renamed and dropped columns)', () => {
  const r = load('ged-derived.csv');

  it('is recognised, says it is derived, imports every row', () => {
    expect(r.report.fatal).toBeNull();
    expect(r.report.format).toMatch(/^UCDP GED CSV \(derived: \d+ of 49 columns\)$/);
    expect(r.events.map((e) => e.id)).toEqual(['800001', '800002', '800003', '800004']);
  });

  it('drops the unnamed index column, keeps unknown columns in extra', () => {
    const e = byId(r, '800001');
    expect(e.extra['']).toBeUndefined();
    expect(Object.values(e.extra)).not.toContain('0');
    expect(e.extra.my_notes).toBe('checked by desk');
  });

  it('reads renamed columns and float-formatted codes', () => {
    expect(byId(r, '800001')).toMatchObject({
      lat: 12.3456,
      lon: 23.4567,
      fatalities: 6,
      fatalities_low: 5,
      fatalities_high: 8,
      geo_precision: 1,
      point_kind: 'located',
      date_precision: 1,
    });
    expect(byId(r, '800002')).toMatchObject({ geo_precision: 3, point_kind: 'centroid', date_precision: 3, date_end: '2021-04-30' });
  });

  it('type_of_violence as text', () => {
    expect(byId(r, '800001').event_type).toBe('State-based conflict');
    expect(byId(r, '800002').event_type).toBe('Non-state conflict');
    expect(byId(r, '800003').event_type).toBe('One-sided violence');
    expect(byId(r, '800004').event_type).toBe('border skirmish');
    expect(messages(r)).toContain('type_of_violence "border skirmish" is not 1–3 or a UCDP violence type; kept as given');
  });

  it('a row without date_start is dated by its year, as a year-long range', () => {
    expect(byId(r, '800003')).toMatchObject({
      date: '2021-01-01',
      date_end: '2021-12-31',
      date_precision: 3,
      point_kind: 'country_centroid',
    });
    expect(messages(r)).toContain('rows without date_start are dated by their year (1 January to 31 December)');
  });

  it('no date_prec: the band comes from the span of the dates', () => {
    expect(byId(r, '800004')).toMatchObject({ date: '2021-03-06', date_end: '2021-03-09', date_precision: 2 });
  });

  it('fatalities that are not a number: reported, kept as null, the event kept', () => {
    expect(byId(r, '800004').fatalities).toBeNull();
    expect(r.report.warnings).toContainEqual({ line: 5, column: 'best', message: 'best "n/a" is not a number of deaths' });
  });

  it('no where_prec on a row: the point has no precision band, not a claim of "located"', () => {
    expect(byId(r, '800004')).toMatchObject({ lat: 12.5, geo_precision: null, point_kind: null });
  });
});

describe('UCDP GED: warnings an editor needs', () => {
  const r = load('ged-suspicious.csv');
  const at = (line: number) => r.report.warnings.filter((w) => w.line === line).map((w) => w.message);

  it('skips junk before the header and a repeated header row, keeps the rest', () => {
    expect(r.report.fatal).toBeNull();
    expect(r.report.skipped).toEqual([{ line: 13, column: null, reason: 'a repeated header row' }]);
    expect(r.events).toHaveLength(12);
    expect(r.events[0].line).toBe(5);
  });

  it('many where_prec 1 rows on one point: probably a centroid', () => {
    const w = r.report.warnings.find((x) => x.column === 'where_prec');
    expect(w?.line).toBe(5);
    expect(w?.message).toMatch(
      /^6 rows coded as an exact location \(where_prec 1\) share the coordinates 12,23 \(lines 5, 6, 7, 8, 9, 10\)/,
    );
  });

  it('swapped latitude/longitude: against geom_wkt, and out of range (then unplaced)', () => {
    expect(at(11)).toContain('latitude and longitude look swapped: geom_wkt is POINT (23.4567 12.3456)');
    expect(byId(r, '700010').lat).toBe(23.4567); // reported, not changed
    expect(at(12)).toContain('latitude 120.5 and longitude 12.5 look swapped; the event is kept without a place');
    expect(byId(r, '700011')).toMatchObject({ lat: null, lon: null, point_kind: null, date: '2021-03-04' });
  });

  it('duplicate ids: both rows kept, the second renamed and reported', () => {
    expect(r.events.filter((e) => e.id.startsWith('700001'))).toHaveLength(2);
    expect(byId(r, '700001#2').place_name).toBe('Duplicate hamlet');
    expect(at(14)).toContain('duplicate id 700001 (first on line 5); kept as 700001#2');
  });

  it('a future date, an end before the start, and deaths that do not add up', () => {
    expect(at(15)).toContain('date 2091-05-05 is in the future');
    expect(byId(r, '700013')).toMatchObject({ date: '2021-03-09', date_end: null });
    expect(byId(r, '700013').extra.date_end).toBe('2021-03-02');
    expect(at(16)).toContain('date_end 2021-03-02 is before date_start 2021-03-09; the end date is not used');
    expect(at(17)).toContain('best "many" is not a number of deaths');
  });
});

describe('UCDP GED: not a GED file', () => {
  it('a generic CSV gets one fatal line naming the file', () => {
    const r = load('not-ged.csv');
    expect(r.report.fatal).toMatch(/^not-ged\.csv: no UCDP GED header row found/);
    expect(r.events).toEqual([]);
  });
  it('empty text does not throw', () => {
    expect(importUcdp('empty.csv', '').report.fatal).toMatch(/^empty\.csv:/);
  });
});
