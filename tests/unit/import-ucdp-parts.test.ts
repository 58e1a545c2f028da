import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importUcdp } from '../../src/data/import/ucdp.ts';
import { datePrecision, violenceType, wherePrecision } from '../../src/data/import/ucdp-codes.ts';
import { GED_COLUMNS, isGedHeader, mapColumns } from '../../src/data/import/ucdp-columns.ts';
import { parseWktPoint } from '../../src/data/import/ucdp-place.ts';
import { readSources } from '../../src/data/import/ucdp-sources.ts';
import { recoverQuotes } from '../../src/data/import/ucdp-text.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/ucdp/${name}`, import.meta.url), 'utf8');

describe('UCDP GED: broken quote escaping', () => {
  const r = importUcdp('ged-quotes.csv', fixture('ged-quotes.csv'), { today: '2026-01-01' });
  const ev = (id: string) => r.events.find((e) => e.id === id);

  it('a """…""" headline keeps its text without the artefact quotes', () => {
    expect(ev('900101')?.sources[0].title).toBe('Clashes reported near Testville');
    expect(ev('900102')?.sources[0].title).toBe('Testville shelled overnight');
  });

  it('a malformed row is recovered with the right values or reported with its line; later rows are kept', () => {
    for (const [id, line] of [
      ['900103', 4],
      ['900104', 5],
    ] as const) {
      const e = ev(id);
      const skipped = r.report.skipped.some((s) => s.line === line);
      expect(e !== undefined || skipped, `${id} neither imported nor reported`).toBe(true);
      if (e) {
        // Recovered: the values stay in their own columns (nothing shifted into the next one).
        expect(e.place_name).toBe('Testville town');
        expect(e.date).toBe('2021-03-04');
        expect(e.lat).toBe(12.3456);
      }
    }
    expect(ev('900105')).toMatchObject({ line: 6, place_name: 'Testville town', fatalities: 6 });
  });

  it('… swallowed a delimiter: the short, shifted row is reported, not imported', () => {
    expect(ev('900103')).toBeUndefined();
    expect(r.report.skipped).toEqual([{ line: 4, column: null, reason: expect.stringMatching(/^broken quote escaping/) }]);
    expect(r.report.warnings.filter((w) => w.line === 4)).toEqual([]);
  });

  it('a stray quote inside a quoted cell with every column present is read as written and flagged', () => {
    expect(ev('900104')?.summary).toBe('Testville "north" side, Northshire');
    expect(r.report.warnings.some((w) => w.line === 5 && /stray quote/.test(w.message))).toBe(true);
    expect(r.report.imported).toBe(4);
  });
});

describe('UCDP GED: hostile headers and cells', () => {
  it('__proto__ and constructor columns stay plain keys in extra', () => {
    const text =
      'id,side_a,side_b,where_prec,date_start,best,__proto__,constructor\n1,Alpha Force,Beta Group,1,2021-03-04,2,{"polluted":1},x\n';
    const r = importUcdp('p.csv', text, { today: '2026-01-01' });
    const e = r.events[0];
    expect(Object.getOwnPropertyDescriptor(e.extra, '__proto__')?.value).toBe('{"polluted":1}');
    expect(e.extra.constructor).toBe('x');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(e.sources).toEqual([]);
  });

  it('a javascript: article is never a url', () => {
    const text = 'id,side_a,where_prec,date_start,best,source_article\n1,Alpha Force,1,2021-03-04,2,javascript:alert(1)\n';
    const e = importUcdp('j.csv', text).events[0];
    expect(e.sources).toEqual([{ title: 'javascript:alert(1)', publisher: '', url: null, date: null }]);
  });
});

describe('UCDP GED: codebook codes', () => {
  it('date_prec', () => {
    expect([1, 2, 3, 4, 5, 0, 6].map(datePrecision)).toEqual([1, 2, 2, 3, 3, null, null]);
  });
  it('where_prec', () => {
    expect(wherePrecision(6)).toEqual({ geo: 3, kind: 'country_centroid' });
    expect(wherePrecision(7)).toEqual({ geo: 3, kind: 'water_or_air' });
    expect(wherePrecision(8)).toBeNull();
  });
  it('type_of_violence codes and text', () => {
    expect(['1', '2.0', '3', 'State-based', 'non state', 'ONE_SIDED VIOLENCE', 'one-sided', '4', ''].map(violenceType)).toEqual([
      'State-based conflict',
      'Non-state conflict',
      'One-sided violence',
      'State-based conflict',
      'Non-state conflict',
      'One-sided violence',
      'One-sided violence',
      null,
      null,
    ]);
  });
});

describe('UCDP GED: columns', () => {
  it('the published header is recognised and fully mapped', () => {
    expect(GED_COLUMNS).toHaveLength(49);
    expect(isGedHeader([...GED_COLUMNS])).toBe(true);
    expect(mapColumns([...GED_COLUMNS]).unmapped).toEqual([]);
  });
  it('a generic table with id, year, latitude is not GED', () => {
    expect(isGedHeader(['id', 'year', 'latitude', 'longitude', 'country'])).toBe(false);
  });
  it('aliases and the index column', () => {
    const m = mapColumns(['Unnamed: 0', 'Event ID', 'LAT', 'long', 'best_est']);
    expect(m.index).toEqual(['Unnamed: 0']);
    expect(m.byGed.id).toBe('Event ID');
    expect(m.byGed.latitude).toBe('LAT');
    expect(m.byGed.longitude).toBe('long');
    expect(m.byGed.best).toBe('best_est');
  });
});

describe('UCDP GED: sources and text', () => {
  it('lists of unequal length stay one source, whole', () => {
    const r = readSources({ article: '', office: 'Testland Wire;Radio Example', date: '2021-03-05', headline: 'Talks; then fighting' });
    expect(r.sources).toEqual([{ title: 'Talks; then fighting', publisher: 'Testland Wire;Radio Example', url: null, date: '2021-03-05' }]);
  });
  it('recoverQuotes unwraps only whole-cell artefact quotes', () => {
    expect(recoverQuotes('"Testville shelled"')).toBe('Testville shelled');
    expect(recoverQuotes('""Testville shelled""')).toBe('Testville shelled');
    expect(recoverQuotes('"Peace" talks end "badly"')).toBe('"Peace" talks end "badly"');
    expect(recoverQuotes('""')).toBe('""');
  });
  it('geom_wkt points', () => {
    expect(parseWktPoint('POINT (23.4567 12.3456)')).toEqual({ lat: 12.3456, lon: 23.4567 });
    expect(parseWktPoint('POINT(1e1 -5)')).toEqual({ lat: -5, lon: 10 });
    expect(parseWktPoint('POLYGON ((0 0, 1 1, 1 0, 0 0))')).toBeNull();
    expect(parseWktPoint('POINT (500 12)')).toBeNull();
  });
});
