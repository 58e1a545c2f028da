import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUcdpCsv, UCDP_ROUND_TRIP_FIELDS } from '../../src/data/export/ucdp.ts';
import { newEvent } from '../../src/data/import/event.ts';
import { importUcdp } from '../../src/data/import/ucdp.ts';
import { GED_COLUMNS } from '../../src/data/import/ucdp-columns.ts';
import { meta, pick, ucdpEvent, wildEvent, withoutLine } from './export-arbitraries.ts';

/** EXPORT_RUNS=5000 for a longer search; 300 in CI. */
const RUNS = Number(process.env.EXPORT_RUNS ?? 300);
const reimport = (csv: string) => importUcdp('export.csv', csv, { today: '2031-01-01' });

describe('toUcdpCsv', () => {
  it('writes the 49 GED columns, then extra columns, with codes derived from the bands', () => {
    const e = newEvent(2, '7001');
    Object.assign(e, {
      date: '2024-03-04',
      date_end: '2024-03-06',
      date_precision: 2,
      lat: 40.5,
      lon: -3.25,
      geo_precision: 3,
      point_kind: 'country_centroid',
      event_type: 'One-sided violence',
      actors: ['Government of Testland', 'Civilians'],
      fatalities: 4,
      fatalities_low: 3,
      fatalities_high: 9,
      place_name: 'Testville',
      summary: '-near the "old" bridge',
    });
    e.sources = [
      { title: 'Shelling reported', publisher: 'Test Wire', url: 'https://news.test/a', date: '2024-03-07' },
      { title: 'More shelling', publisher: 'Other Wire', url: 'https://news.test/b', date: '2024-03-08' },
    ];
    e.extra.deaths_a = '1';
    e.extra['My Note'] = '=2+2';
    const { csv } = toUcdpCsv([e], meta);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe([...GED_COLUMNS, 'My Note'].join(','));
    const cells = (row as string).split(',');
    const at = (c: string) => cells[GED_COLUMNS.indexOf(c as (typeof GED_COLUMNS)[number])];
    expect(at('type_of_violence')).toBe('3');
    expect(at('where_prec')).toBe('6');
    expect(at('date_prec')).toBe('2');
    expect(at('geom_wkt')).toBe('POINT (-3.25 40.5)');
    expect(at('latitude')).toBe('40.5');
    expect(at('longitude')).toBe('-3.25');
    expect(row).toContain('"https://news.test/a; https://news.test/b","Test Wire; Other Wire","2024-03-07; 2024-03-08"');
    expect(row).toContain(`Testville,"'-near the ""old"" bridge"`);
    expect(row?.endsWith(",'=2+2")).toBe(true);
    const back = reimport(csv).events[0];
    expect(back?.sources).toEqual(e.sources);
    expect(back?.extra['My Note']).toBe('=2+2');
    expect(back?.summary).toBe(e.summary);
  });

  it('returns the attribution beside the CSV', () => {
    const { csv, attribution } = toUcdpCsv([], { ...meta, attribution: 'Uppsala Conflict Data Program (UCDP)' });
    expect(csv).toBe(`${GED_COLUMNS.join(',')}\r\n`);
    expect(attribution).toContain('Attribution: Uppsala Conflict Data Program (UCDP)');
    expect(attribution).toContain('in UCDP GED layout');
  });

  it('round trip: importUcdp gives back every field UCDP carries', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ucdpEvent, { maxLength: 8, selector: (e) => e.id }), (events) => {
        const back = reimport(toUcdpCsv(events, meta).csv);
        expect(back.report.skipped).toEqual([]);
        expect(pick(back.events, UCDP_ROUND_TRIP_FIELDS)).toEqual(pick(events, UCDP_ROUND_TRIP_FIELDS));
        // The conflict and dyad names come back as the categories the importer fills.
        expect(back.events.map((e) => e.categories)).toEqual(events.map((e) => e.categories));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('round trip of anything: after one import, export and import are a fixed point', () => {
    fc.assert(
      fc.property(fc.array(wildEvent, { maxLength: 6 }), (events) => {
        const first = reimport(toUcdpCsv(events, meta).csv).events;
        const csv = toUcdpCsv(first, meta).csv;
        const second = reimport(csv);
        expect(second.report.skipped).toEqual([]);
        expect(withoutLine(second.events)).toEqual(withoutLine(first));
        expect(toUcdpCsv(second.events, meta).csv).toBe(csv);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
