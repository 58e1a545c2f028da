import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, ACLED_ROUND_TRIP_FIELDS, toAcledCsv } from '../../src/data/export/acled.ts';
import { importAcled } from '../../src/data/import/acled.ts';
import { newEvent } from '../../src/data/import/event.ts';
import { acledEvent, meta, pick, wildEvent, withoutLine } from './export-arbitraries.ts';

const NOW = { now: '2031-01-01' };
/** EXPORT_RUNS=5000 for a longer search; 300 in CI. */
const RUNS = Number(process.env.EXPORT_RUNS ?? 300);
const reimport = (csv: string) => importAcled('export.csv', csv, NOW);

describe('toAcledCsv', () => {
  it('writes the 31 columns of the current ACLED layout, then extra columns, CRLF, no BOM by default', () => {
    const e = newEvent(2, 'TST1');
    e.date = '2024-11-01';
    e.date_end = '2024-11-01';
    e.extra.tags = 'crowd size=no report';
    e.extra['Local Name'] = 'Testville Nord';
    const { csv } = toAcledCsv([e], meta);
    const [header, row] = csv.split('\r\n');
    expect(header?.split(',')).toEqual([...ACLED_COLUMNS, 'local_name']);
    expect(row).toBe('TST1,2024-11-01,2024,1,,,,,,,,,,,,,,,,,,,,,,,,,,crowd size=no report,,Testville Nord');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('event_id_cnty')).toBe(true);
    expect(toAcledCsv([e], meta, { bom: true }).csv.startsWith('\uFEFFevent_id_cnty')).toBe(true);
  });

  it('neutralises formulas in text cells but never in numbers', () => {
    const e = newEvent(2, '=cmd|calc');
    e.date = '2024-11-01';
    e.lat = -12.5;
    e.lon = -0.25;
    e.geo_precision = 1;
    e.point_kind = 'located';
    e.summary = '@SUM(A1)';
    e.place_name = '-Testville';
    e.fatalities = 0;
    const row = toAcledCsv([e], meta).csv.split('\r\n')[1] as string;
    expect(row.startsWith(`"'=cmd|calc",`)).toBe(true);
    expect(row).toContain(",'-Testville,-12.5,-0.25,1,,,'@SUM(A1),0,");
  });

  it('writes the coded day and time_precision back from a span, and geo_precision 3 for a centroid', () => {
    const e = newEvent(2, 'TST2');
    Object.assign(e, {
      date: '2024-10-01',
      date_end: '2024-10-31',
      date_precision: 3,
      lat: 1,
      lon: 2,
      geo_precision: 2,
      point_kind: 'centroid',
    });
    e.extra.event_date = '2024-10-15';
    const row = toAcledCsv([e], meta).csv.split('\r\n')[1]?.split(',') ?? [];
    expect(row.slice(1, 4)).toEqual(['2024-10-15', '2024', '3']);
    expect(row[ACLED_COLUMNS.indexOf('geo_precision')]).toBe('3');
  });

  it('returns the attribution beside the CSV, not inside it', () => {
    const { csv, attribution } = toAcledCsv([], meta);
    expect(csv).toBe(`${ACLED_COLUMNS.join(',')}\r\n`);
    expect(attribution).toContain('Attribution: Test Team');
    expect(attribution).toContain('Licence: CC BY 4.0');
    expect(attribution).toContain('0 events exported from Claimline in ACLED layout.');
  });

  it('round trip: importAcled gives back every field ACLED carries', () => {
    fc.assert(
      fc.property(fc.uniqueArray(acledEvent, { maxLength: 8, selector: (e) => e.id }), (events) => {
        const back = reimport(toAcledCsv(events, meta).csv);
        expect(back.report.skipped).toEqual([]);
        expect(pick(back.events, ACLED_ROUND_TRIP_FIELDS)).toEqual(pick(events, ACLED_ROUND_TRIP_FIELDS));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('round trip of anything: after one import, export and import are a fixed point', () => {
    fc.assert(
      fc.property(fc.array(wildEvent, { maxLength: 6 }), (events) => {
        const first = reimport(toAcledCsv(events, meta).csv).events;
        const csv = toAcledCsv(first, meta).csv;
        const second = reimport(csv);
        expect(second.report.skipped).toEqual([]);
        expect(withoutLine(second.events)).toEqual(withoutLine(first));
        expect(toAcledCsv(second.events, meta).csv).toBe(csv);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});

describe('toAcledCsv extra columns', () => {
  it('renames an extra key that would collide with a standard column or another key once read back', () => {
    const e = newEvent(2, 'TST3');
    e.date = '2024-11-01';
    e.extra.notes = 'from a GeoJSON property';
    e.extra['Local Name'] = 'Testville';
    e.extra.local_name = 'Testville Nord';
    e.extra.actor = 'an actor column of another file';
    const { csv } = toAcledCsv([e], meta);
    expect(csv.split('\r\n')[0]?.split(',').slice(ACLED_COLUMNS.length)).toEqual(['notes_2', 'local_name', 'local_name_2', 'actor1_2']);
    const back = reimport(csv).events[0];
    expect(back?.summary).toBe('');
    expect(back?.extra.notes_2).toBe('from a GeoJSON property');
    expect(back?.extra.local_name).toBe('Testville');
    expect(back?.extra.local_name_2).toBe('Testville Nord');
    expect(back?.extra.actor1_2).toBe('an actor column of another file');
  });
});
