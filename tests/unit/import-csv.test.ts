import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/data/import/csv.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/csv/${name}`, import.meta.url), 'utf8');
const messages = (r: { report: { warnings: { message: string }[] } }) => r.report.warnings.map((w) => w.message).join('\n');
const NOW = { now: '2024-12-31' };

describe('generic CSV importer', () => {
  it('imports a TSV, keeps unmapped columns in extra, and links only http(s)', () => {
    const r = importCsv('events.tsv', fixture('events.tsv'), undefined, NOW);
    expect(r.report.imported).toBe(2);
    expect(r.report.format).toMatch(/TSV/);
    expect(r.events[0]).toMatchObject({
      id: 't1',
      date: '2024-03-01',
      lat: 15.5,
      lon: 32.5,
      title: 'Shelling in Testville',
      fatalities: 3,
      claimant: 'events',
    });
    expect(r.events[0].sources).toEqual([{ title: '', publisher: '', url: 'https://example.org/a', date: null }]);
    expect(r.events[0].extra.notes_extra).toBe('first');
    expect(Object.getPrototypeOf(r.events[0].extra)).toBeNull();
    expect(r.events[1].sources[0]).toMatchObject({ url: null, title: 'javascript:alert(1)' });
  });
  it('warns when fatalities is not a number and keeps the text', () => {
    const r = importCsv('events.tsv', fixture('events.tsv'), undefined, NOW);
    expect(r.events[1].fatalities).toBeNull();
    expect(r.events[1].extra.fatalities).toBe('about 5');
    expect(messages(r)).toMatch(/fatalities "about 5" is not a number/);
  });
  it('reads a European ";" file: junk line, decimal commas, day-first dates; skips a row with neither date nor place', () => {
    const r = importCsv('european.csv', fixture('european.csv'), undefined, NOW);
    expect(r.events.map((e) => [e.id, e.date, e.lat, e.lon])).toEqual([
      ['e1', '2024-03-05', 40.1234, 45.5678],
      ['e2', '2024-03-13', 40.2, 45.6],
    ]);
    expect(r.report.skipped).toEqual([{ line: 5, column: 'date', reason: 'neither a date nor coordinates' }]);
    expect(messages(r)).toMatch(/before the header/);
  });
  it('reads Y/X and takes the time from a timestamp', () => {
    const r = importCsv('yx.csv', fixture('yx.csv'), undefined, NOW);
    expect(r.events[1]).toMatchObject({ id: '2', lat: 48.6, lon: 35.2, date: '2024-02-02', time: '14:30', title: 'Probneve' });
  });
  it('reads a coordinates column; claimant from the column or the file name; a bad pair kept unplaced', () => {
    const r = importCsv('claims.csv', fixture('coordinates.csv'), undefined, NOW);
    expect(r.events.map((e) => [e.lat, e.lon, e.claimant])).toEqual([
      [41.7, 44.8, 'Ministry of Tests'],
      [41.8, 44.9, 'claims'],
      [null, null, 'claims'],
    ]);
    expect(r.events[2].extra.coordinates).toBe('not a place');
    expect(messages(r)).toMatch(/not a valid coordinate pair/);
  });
  it('reads swapped columns the right way and warns', () => {
    const r = importCsv('swapped.csv', fixture('swapped.csv'), undefined, NOW);
    expect(r.events.map((e) => [e.lat, e.lon])).toEqual([
      [10.25, 120.5],
      [11.25, 121.5],
      [12.25, -75.5],
    ]);
    expect(messages(r)).toMatch(/look swapped/);
  });
  it('warns about a row whose own values look swapped, and keeps it', () => {
    const r = importCsv(
      'x.csv',
      'id,date,lat,lon\na,2024-01-01,40.5,44.5\nb,2024-01-02,150.5,40.5\nc,2024-01-03,40.6,44.6\n',
      undefined,
      NOW,
    );
    expect(r.events[1]).toMatchObject({ lat: null, lon: null, date: '2024-01-02' });
    expect(messages(r)).toMatch(/look swapped on this row/);
  });
  it('imports dated rows without coordinates, with date ranges', () => {
    const r = importCsv('no-coords.csv', fixture('no-coords.csv'), undefined, NOW);
    expect(r.events.map((e) => [e.id, e.date, e.date_end, e.date_precision, e.lat, e.event_type])).toEqual([
      ['n1', '2024-05-01', '2024-05-03', 2, null, 'Protest'],
      ['n2', '2024-05-02', null, 1, null, 'Strike'],
    ]);
    expect(r.report.skipped.map((s) => s.line)).toEqual([4]);
    expect(messages(r)).toMatch(/no latitude/);
  });
  it('imports placed rows without dates', () => {
    const r = importCsv('no-dates.csv', fixture('no-dates.csv'), undefined, NOW);
    expect(r.events.map((e) => [e.date, e.lat, e.lon, e.place_name])).toEqual([
      [null, 50.1, 30.2, 'Testville depot'],
      [null, 50.3, 30.4, 'Sampleton bridge'],
    ]);
    expect(r.events[0].event_type).toBe('depot');
    expect(r.events[0].extra.site).toBeUndefined();
    expect(messages(r)).toMatch(/not on the timeline/);
  });
  it('warns about shared coordinates, future dates and duplicate ids (both rows kept)', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `r${i % 11},2024-0${1 + (i % 9)}-01,15.5,32.5`);
    rows.push('late,2031-01-01,1.5,2.5');
    const r = importCsv('x.csv', `id,date,lat,lon\n${rows.join('\n')}\n`, undefined, NOW);
    expect(r.events).toHaveLength(13);
    const text = messages(r);
    expect(text).toMatch(/12 rows share the coordinates 15.5,32.5 .*probably a centroid/);
    expect(text).toMatch(/date 2031-01-01 is in the future/);
    expect(text).toMatch(/duplicate id r0 \(first on line 2\); kept as r0#2/);
    expect(r.events.map((e) => e.id)).toContain('r0#2');
  });
  it('uses a given mapping (the user corrected the choices)', () => {
    const r = importCsv(
      'x.csv',
      'p,q,r\n40.1,44.2,2024-01-01\n',
      { columns: { lat: { column: 'q', confidence: 1, reason: 'user' }, lon: { column: 'p', confidence: 1, reason: 'user' } } },
      NOW,
    );
    expect(r.events[0]).toMatchObject({ lat: 44.2, lon: 40.1, date: '2024-01-01' });
    expect(r.mapping.columns.lat.column).toBe('q');
    expect(messages(r)).not.toMatch(/unsure/);
  });
  it('reports a mapped column the file lacks', () => {
    const r = importCsv('x.csv', 'lat,lon\n1.5,2.5\n', { columns: { date: { column: 'nope', confidence: 1, reason: 'user' } } }, NOW);
    expect(messages(r)).toMatch(/"nope" that the file does not have/);
    expect(r.events).toHaveLength(1);
  });
  it('keeps hostile keys as plain data', () => {
    const r = importCsv('x.csv', 'lat,lon,__proto__,constructor\n1.5,2.5,evil,bad\n', undefined, NOW);
    const proto = '__proto__';
    expect(r.events[0].extra[proto]).toBe('evil');
    expect(Object.keys(r.events[0].extra)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).evil).toBeUndefined();
  });
  it('reports a bad date and an end date before the start', () => {
    const r = importCsv('x.csv', 'date,end_date,lat,lon\nsoonish,,1.5,2.5\n2024-02-02,2024-02-01,1.5,2.5\n', undefined, NOW);
    expect(r.events).toHaveLength(2);
    expect(r.events[0].date).toBeNull();
    expect(messages(r)).toMatch(/date "soonish" not read/);
    expect(messages(r)).toMatch(/before the date/);
  });
});
