import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCsvMapping, mergeMapping } from '../../src/data/import/csv-mapping.ts';
import { readGenericCsv } from '../../src/data/import/csv.ts';
import { headerKey, parsePair } from '../../src/data/import/csv-columns.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/csv/${name}`, import.meta.url), 'utf8');
const detect = (text: string) => detectCsvMapping(readGenericCsv(text));
const cols = (text: string) => {
  const m = detect(text);
  return Object.fromEntries(Object.entries(m.columns).map(([k, v]) => [k, v.column]));
};

describe('CSV mapping: coordinates', () => {
  it('finds latitude/longitude by name in a TSV', () => {
    const m = detect(fixture('events.tsv'));
    expect(m.delimiter).toBe('\t');
    expect(m.columns.lat).toMatchObject({ column: 'latitude', confidence: 0.95 });
    expect(m.columns.lon.column).toBe('longitude');
  });
  it.each([
    ['lat,lng', 'lat', 'lng'],
    ['lat,lon', 'lat', 'lon'],
    ['LATITUDE,LONGITUDE', 'LATITUDE', 'LONGITUDE'],
    ['Latitude (deg),Longitude (deg)', 'Latitude (deg)', 'Longitude (deg)'],
    ['y,x', 'y', 'x'],
  ])('names %s', (header, lat, lon) => {
    const c = cols(`${header},date\n40.5,44.5,2024-01-01\n`);
    expect([c.lat, c.lon]).toEqual([lat, lon]);
  });
  it('finds Y/X with other columns around', () => {
    expect(cols(fixture('yx.csv'))).toMatchObject({ lat: 'Y', lon: 'X', id: 'fid', date: 'when', title: 'name' });
  });
  it('does not take a lone x or y column as a coordinate by name', () => {
    expect(cols('y,lon,date\n2,44.5,2024-01-01\n').lat).toBeNull();
  });
  it('swaps columns named the wrong way round and says so', () => {
    const m = detect(fixture('swapped.csv'));
    expect(m.columns.lat.column).toBe('longitude');
    expect(m.columns.lon.column).toBe('latitude');
    expect(m.columns.lat.confidence).toBeLessThan(0.9);
    expect(m.notes.map((n) => n.message).join()).toMatch(/look swapped/);
  });
  it('finds coordinates by value range, longitude being the one beyond 90', () => {
    const m = detect(fixture('values-only.csv'));
    expect(m.columns.lat.column).toBe('b');
    expect(m.columns.lon.column).toBe('c');
    expect(m.columns.lat.reason).toMatch(/beyond ±90/);
    expect(m.columns.date.column).toBe('a');
  });
  it('says when it is unsure which unnamed column is the latitude', () => {
    const m = detect('p,q,r\n40.1,44.2,2024-01-01\n40.3,44.4,2024-01-02\n');
    expect(m.columns.lat.column).toBe('p');
    expect(m.columns.lat.confidence).toBeLessThan(0.5);
    expect(m.notes.some((n) => /unsure/.test(n.message))).toBe(true);
  });
  it('does not take integer ids or counts for coordinates', () => {
    const c = cols('id,fatalities,value\n1,3,7\n2,4,8\n');
    expect([c.lat, c.lon]).toEqual([null, null]);
  });
  it('finds one "lat, lon" coordinates column', () => {
    const m = detect(fixture('coordinates.csv'));
    expect(m.columns.coordinates.column).toBe('coordinates');
    expect(m.coordinate_order).toBe('lat_lon');
    expect(m.columns.claimant.column).toBe('claimed_by');
    expect(m.columns.title.column).toBe('event');
  });
  it('reads a pairs column as lon,lat when the first number exceeds 90 or it is WKT', () => {
    expect(detect('where,date\n"120.5, 10.1",2024-01-01\n').coordinate_order).toBe('lon_lat');
    expect(detect('geom,date\nPOINT (30.5 50.4),2024-01-01\n').coordinate_order).toBe('lon_lat');
    expect(parsePair('POINT Z (30.5 50.4 100)')).toEqual({ a: 30.5, b: 50.4, wkt: true });
  });
});

describe('CSV mapping: dates and other roles', () => {
  it('finds date and end date by name', () => {
    expect(cols(fixture('no-coords.csv'))).toMatchObject({
      date: 'date',
      date_end: 'date_end',
      title: 'title',
      category: 'category',
      id: 'id',
    });
  });
  it('does not trust a date column of free text, and finds dates by value', () => {
    const c = cols('date,happened,lat,lon\nsoon,2024-01-01,1.5,2.5\nlater,2024-01-02,1.6,2.6\n');
    expect(c.date).toBe('happened');
  });
  it('reads day-first when a day over 12 shows it, and in a ";" file', () => {
    const m = detect(fixture('european.csv'));
    expect(m.delimiter).toBe(';');
    expect(m.date_order).toBe('dmy');
    expect(detect('date;lat;lon\n05/03/2024;1,5;2,5\n').date_order).toBe('dmy');
    expect(detect('date,lat,lon\n05/13/2024,1.5,2.5\n').date_order).toBe('mdy');
  });
  it('finds links by name and by value, and fatalities, place, time, description', () => {
    const c = cols('when,time,link,deaths,location,notes\n2024-01-01,10:00,https://e.org/1,2,Testville,x\n');
    expect(c).toMatchObject({
      date: 'when',
      time: 'time',
      source_url: 'link',
      fatalities: 'deaths',
      place: 'location',
      description: 'notes',
    });
    expect(cols('date,ref_page\n2024-01-01,https://e.org/1\n').source_url).toBe('ref_page');
  });
  it('gives every choice a confidence and a reason', () => {
    const m = detect(fixture('yx.csv'));
    for (const c of Object.values(m.columns)) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.reason).not.toBe('');
    }
  });
  it('says when there are no coordinates or no dates', () => {
    expect(
      detect(fixture('no-coords.csv'))
        .notes.map((n) => n.message)
        .join(),
    ).toMatch(/no latitude/);
    expect(
      detect(fixture('no-dates.csv'))
        .notes.map((n) => n.message)
        .join(),
    ).toMatch(/no date column/);
  });
  it('merges user corrections and drops the notes they settle', () => {
    const d = detect(fixture('no-dates.csv'));
    const m = mergeMapping(d, { columns: { date: { column: 'kind', confidence: 1, reason: 'chosen by the user' } } });
    expect(m.columns.date.column).toBe('kind');
    expect(m.columns.lat.column).toBe('lat');
    expect(m.notes.some((n) => /no date/.test(n.message))).toBe(false);
  });
  it('compares headers by meaning', () => {
    expect(headerKey('Latitude (deg)')).toBe('latitude');
    expect(headerKey('LAT_DD')).toBe('lat');
    expect(headerKey('Event Date')).toBe('eventdate');
  });
});
