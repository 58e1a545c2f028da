/**
 * Bad inputs too big to commit, generated at run time: deeply nested JSON, a 10 MB single line, a
 * 50 MB CSV. Each must end with events or one message; the timeouts are generous and nothing here
 * measures speed (that is `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { expectFatal, expectImported, run } from './import-bad-check';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'event_id_cnty,event_date,year,event_type,actor1,location,latitude,longitude,source,notes,fatalities\n';
const DEPTH = 100_000;

describe('deeply nested JSON (100k levels)', () => {
  it('as a bare array: one message, no stack overflow', () => {
    expectFatal(run('deep.json', bytes(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`)), /./);
  });

  it('inside a GeoJSON property: the feature kept, the value reduced to text', () => {
    const deep = `${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}`;
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[34.5,12.3]},"properties":{"date":"2024-11-01","title":"Testville","deep":${deep}}},{"type":"Feature","geometry":{"type":"Point","coordinates":[34.6,12.4]},"properties":{"date":"2024-11-02","title":"Sampletown"}}]}`;
    const r = run('deep.geojson', bytes(text));
    expectImported(r, 2);
    expect(r.events[0].extra.deep.length).toBeLessThanOrEqual(10_000);
  });

  it('as a timemap event: the events kept', () => {
    const deep = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
    const text = `{"events":[{"id":"e1","date":"11/01/2024","nested":${deep}},{"id":"e2","date":"11/02/2024"}],"sources":[]}`;
    expectImported(run('deep-timemap.json', bytes(text)), 2);
  });
});

describe('a 10 MB single line', () => {
  it('with no line break at all: one message or an empty import', () => {
    // One 10 MB cell.
    const r = run('one-line.csv', bytes('x'.repeat(10 * 1024 * 1024)));
    expect(r.events).toEqual([]);
  }, 60_000);

  it('of 5 million comma-separated columns: one line naming the file, not a frozen tab', () => {
    const r = run('commas.csv', bytes('x,'.repeat(5 * 1024 * 1024)));
    expect(r.events).toEqual([]);
    expect(r.report.fatal).toMatch(/^commas\.csv: \d+ columns on line 1, more than the 2000 Claimline reads/);
  }, 60_000);

  it('as one 10 MB ACLED notes cell: the row kept, with the neighbour rows', () => {
    const notes = 'n'.repeat(10 * 1024 * 1024);
    const text = `${HEADER}TST1,2024-11-01,2024,Battles,A,Testville,12.3,34.5,S,${notes},1\nTST2,2024-11-02,2024,Battles,A,Sampletown,12.4,34.6,S,short,2\n`;
    const r = run('long-cell.csv', bytes(text));
    expectImported(r, 2);
    expect(r.events[0].summary.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('a 50 MB CSV', () => {
  it('ACLED layout with a bad row every 1000: ends with the valid rows and a report', () => {
    const rows: string[] = [HEADER];
    let size = HEADER.length;
    let n = 0;
    let bad = 0;
    const filler = 'Invented note about an incident near Testville, for volume only. '.repeat(2);
    while (size < 50 * 1024 * 1024) {
      n++;
      const broken = n % 1000 === 0;
      if (broken) bad++;
      const row = broken
        ? `TST${n},never,2024,Battles,A,Testville,,,S,bad row,1\n`
        : `TST${n},2024-11-${String((n % 28) + 1).padStart(2, '0')},2024,Battles,Actor ${n % 50},Testville,${(12 + (n % 1000) / 1000).toFixed(3)},${(34 + (n % 997) / 1000).toFixed(3)},Testville Times,"${filler}",${n % 5}\n`;
      rows.push(row);
      size += row.length;
    }
    const r = run('big.csv', bytes(rows.join('')));
    if (r.report.fatal === null) {
      expectImported(r, n - bad);
      expect(r.report.skipped).toHaveLength(bad);
    } else expect(r.report.fatal).toMatch(/big\.csv: /);
  }, 240_000);
});
