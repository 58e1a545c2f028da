import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { claimsCsv, claimsGeoJson } from '../../src/export/claims-files.ts';
import type { Incident } from '../../src/data/schema.ts';
import { incidentProps } from './record-fixture.ts';

const claim = (
  over: Partial<Incident['properties']>,
  geometry: Incident['geometry'] = { type: 'Point', coordinates: [45.67, 39.84] },
): Incident => ({
  type: 'Feature',
  geometry,
  properties: incidentProps('a', {
    day: 1,
    day_end: 1,
    time: '00:05',
    place_id: 'jermuk',
    place_name: 'Jermuk',
    country: 'AM',
    accused: 'azerbaijan',
    summary: 'Shelling, "heavy", at night',
    sources: [
      { title: 'A', publisher: 'P', url: 'https://a.example/1', date: '2022-09-13' },
      { title: 'B', publisher: 'Q', url: 'seed:004', date: null },
    ],
    related: ['b', 'c'],
    strike: true,
    ...over,
  }),
});

/** What a spreadsheet would see: d3's RFC 4180 reader (CRLF line ends, quoted fields). */
function parseCsv(text: string): string[][] {
  return csvParseRows(text).filter((r) => r.length > 1);
}

describe('claims CSV', () => {
  it('has a header and one row per claim, with coordinates and every source', () => {
    const text = claimsCsv([claim({}), claim({ id: 'b', place_id: null }, null)]);
    expect(text.startsWith('\uFEFFid,date,')).toBe(true);
    const [header, first, second] = parseCsv(text.slice(1));
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(row.summary).toBe('Shelling, "heavy", at night');
    expect(row.longitude).toBe('45.67');
    expect(row.source_urls).toBe('https://a.example/1 | seed:004');
    expect(row.source_dates).toBe('2022-09-13 | ');
    expect(row.claimant).toBe("Armenia's Defence Ministry");
    expect(Object.fromEntries(header!.map((h, i) => [h, second![i]])).longitude).toBe('');
  });
  it('defuses cells a spreadsheet would run as a formula', () => {
    const [, row] = parseCsv(claimsCsv([claim({ summary: '=HYPERLINK("http://x")', place_name: '+1' })]).slice(1));
    expect(row).toContain('\'=HYPERLINK("http://x")');
    expect(row).toContain("'+1");
  });
});

describe('claims GeoJSON', () => {
  it('keeps every property and the sources, with the window and the licence note', () => {
    const parsed = JSON.parse(claimsGeoJson([claim({})], { window: '13 September 2022', licence: 'claims, not facts' }));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.claimline).toEqual({ window: '13 September 2022', licence: 'claims, not facts' });
    expect(parsed.features[0].properties.sources).toHaveLength(2);
    const dataset = { id: 'd', title: 'A dataset', attribution: 'Claims: see each record’s sources', licence: 'CC0', sourceUrl: null };
    expect(JSON.parse(claimsGeoJson([], { window: 'w', licence: 'l', dataset })).claimline.dataset).toEqual(dataset);
  });
});
