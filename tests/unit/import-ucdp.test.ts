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
const warningsFor = (r: ImportResult, line: number | null) => r.report.warnings.filter((w) => w.line === line).map((w) => w.message);

describe('UCDP GED: the published 49-column file', () => {
  const r = load('ged-full.csv');

  it('imports every row, names the format, no fatal', () => {
    expect(r.report.fatal).toBeNull();
    expect(r.report.format).toBe('UCDP GED CSV');
    expect(r.report.imported).toBe(7);
    expect(r.events).toHaveLength(7);
    expect(r.report.skipped).toEqual([]);
  });

  it('maps a located, exact-day event field by field', () => {
    const e = byId(r, '900001');
    expect(e).toMatchObject({
      date: '2021-03-04',
      date_end: null,
      date_precision: 1,
      lat: 12.3456,
      lon: 23.4567,
      geo_precision: 1,
      point_kind: 'located',
      place_name: 'Testville town',
      country: 'Testland',
      admin1: 'Northshire province',
      event_type: 'State-based conflict',
      claimant: 'UCDP',
      actors: ['Government of Testland', 'Free Testland Front'],
      fatalities: 6,
      fatalities_low: 5,
      fatalities_high: 8,
      title: 'Government of Testland - Free Testland Front',
      summary: 'Testville, Northshire province',
      line: 2,
    });
    expect(e.categories.conflict_name).toEqual(['Testland: Government']);
    expect(e.categories.dyad_name).toEqual(['Government of Testland - Free Testland Front']);
    expect(e.sources).toEqual([{ title: 'Clashes reported near Testville', publisher: 'Testland Wire', url: null, date: '2021-03-05' }]);
  });

  it('keeps the per-side deaths, number_of_sources and raw codes in extra', () => {
    const x = byId(r, '900001').extra;
    expect(x.deaths_a).toBe('2');
    expect(x.deaths_b).toBe('3');
    expect(x.deaths_civilians).toBe('1');
    expect(x.deaths_unknown).toBe('0');
    expect(x.number_of_sources).toBe('1');
    expect(x.where_prec).toBe('1');
    expect(x.date_prec).toBe('1');
    expect(x.event_clarity).toBe('1');
    expect(x.adm_2).toBe('Testville district');
    expect(x.priogrid_gid).toBe('146167');
    expect(x.relid).toBe('TST-2021-1-900-900001');
    expect(x.gwnob).toBeUndefined(); // empty cells are not kept
    expect(Object.getPrototypeOf(x)).toBeNull();
  });

  it('date_prec 1–5 become day, span and month-or-coarser bands with the range kept', () => {
    expect(byId(r, '900002')).toMatchObject({ date: '2021-03-06', date_end: '2021-03-09', date_precision: 2 });
    expect(byId(r, '900003')).toMatchObject({ date: '2021-03-08', date_end: '2021-03-14', date_precision: 2 });
    expect(byId(r, '900004')).toMatchObject({ date: '2021-04-01', date_end: '2021-04-30', date_precision: 3 });
    expect(byId(r, '900005')).toMatchObject({ date: '2021-01-01', date_end: '2021-12-31', date_precision: 3 });
  });

  it('where_prec 1–7: located, near, admin centroids, country centroid, water or air', () => {
    const kinds = ['900001', '900002', '900003', '900004', '900005', '900006', '900007'].map((id) => {
      const e = byId(r, id);
      return [e.geo_precision, e.point_kind];
    });
    expect(kinds).toEqual([
      [1, 'located'],
      [2, 'located'],
      [2, 'centroid'],
      [3, 'centroid'],
      [3, 'centroid'],
      [3, 'country_centroid'],
      [3, 'water_or_air'],
    ]);
  });

  it('violence types 2 and 3, one-sided against civilians', () => {
    expect(byId(r, '900006')).toMatchObject({ event_type: 'One-sided violence', actors: ['Free Testland Front', 'Civilians'] });
    expect(byId(r, '900007').event_type).toBe('Non-state conflict');
  });

  it('reports high < best and low > best without changing them', () => {
    expect(byId(r, '900003')).toMatchObject({ fatalities: 10, fatalities_high: 7, fatalities_low: 4 });
    expect(warningsFor(r, 4)).toContain('high estimate 7 is below best 10 (shown as given)');
    expect(byId(r, '900004')).toMatchObject({ fatalities: 3, fatalities_high: 3, fatalities_low: 5 });
    expect(warningsFor(r, 5)).toContain('low estimate 5 is above best 3 (shown as given)');
  });

  it('zips ;-separated source lists into one source per report; only http(s) becomes a url', () => {
    expect(byId(r, '900002').sources).toEqual([
      { title: 'Fighting in Sampleford', publisher: 'Testland Wire', url: 'https://news.example.org/a/1', date: '2021-03-10' },
      { title: 'Sampleford: several dead', publisher: 'Radio Example', url: 'https://radio.example.net/b/2', date: '2021-03-11' },
    ]);
    // A citation that is not a link stays text: kept in extra next to the headline …
    const e4 = byId(r, '900004');
    expect(e4.sources).toEqual([{ title: 'Northshire round-up', publisher: 'Testland Wire', url: null, date: '2021-03-05' }]);
    expect(e4.extra.source_article).toBe('Testland Wire, 2021-05-02, "Monthly round-up"');
    // … or is the title when there is no headline.
    expect(byId(r, '900005').sources).toEqual([
      { title: 'Annual report on Testland (Example Watch)', publisher: '', url: null, date: null },
    ]);
  });

  it('gives the dataset UCDP metadata', () => {
    expect(r.meta.attribution).toMatch(/Uppsala Conflict Data Program/);
    expect(r.meta.source_url).toBe('https://ucdp.uu.se/downloads/');
    expect(r.regions).toEqual([]);
  });
});

describe('UCDP GED: columns in any order', () => {
  it('a reversed-column, CRLF, BOM copy gives the same events', () => {
    const a = load('ged-full.csv');
    const b = load('ged-reordered.csv');
    expect(b.report.fatal).toBeNull();
    expect(b.report.format).toBe('UCDP GED CSV');
    const strip = (e: ImportedEvent) => ({ ...e, extra: { ...e.extra }, categories: { ...e.categories } });
    expect(b.events.map(strip)).toEqual(a.events.map(strip));
  });
});
