import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAcled } from '../../src/data/import/acled.ts';
import { detectFormat } from '../../src/data/import/sniff.ts';
import type { ImportResult } from '../../src/data/import/types.ts';

const NOW = { now: '2025-06-01' };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/acled/${name}`, import.meta.url), 'utf8');
const load = (name: string, opts = NOW): ImportResult => importAcled(name, fixture(name), opts);
const byId = (r: ImportResult, id: string) => {
  const e = r.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const messages = (r: ImportResult) => r.report.warnings.map((w) => w.message);

describe('ACLED CSV, 2023 layout', () => {
  const r = load('current.csv');
  it('imports every row as an ACLED-coded event', () => {
    expect(r.report.format).toBe('ACLED CSV (2023 layout)');
    expect(r.report.fatal).toBeNull();
    expect(r.report.imported).toBe(4);
    expect(r.events).toHaveLength(4);
    expect(r.report.skipped).toEqual([]);
    expect(r.report.merged).toBe(0);
    for (const e of r.events) expect(e.claimant).toBe('ACLED');
    expect(r.meta.attribution).toMatch(/ACLED/);
  });
  it('maps the columns to fields', () => {
    const e = byId(r, 'TST1001');
    expect(e).toMatchObject({
      date: '2024-11-01',
      date_end: '2024-11-01',
      date_precision: 1,
      lat: 12.3456,
      lon: 34.5678,
      geo_precision: 1,
      point_kind: 'located',
      place_name: 'Testville',
      country: 'Testland',
      admin1: 'North Province',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      fatalities: 3,
      line: 2,
    });
    expect(e.summary).toBe('On 1 November 2024, clashes "reported" near Testville, with commas, in the notes.');
    expect(e.actors).toEqual([
      'Military Forces of Testland (2020-)',
      'Testville Liberation Front',
      'Testville Youth Militia',
      'Other Group',
    ]);
    expect(e.title).toBe('Armed clash, Testville');
  });
  it('lists each source as text, with no invented link', () => {
    expect(byId(r, 'TST1001').sources).toEqual([
      { title: 'Testville Times', publisher: 'Testville Times', url: null, date: null },
      { title: 'Radio Nowhere', publisher: 'Radio Nowhere', url: null, date: null },
    ]);
  });
  it('keeps the unmapped columns in extra, with inter codes as the codebook labels', () => {
    const e = byId(r, 'TST1001');
    expect(e.extra.inter1).toBe('State forces');
    expect(e.extra.inter2).toBe('Rebel groups');
    expect(e.extra.interaction).toBe('State forces-Rebel groups');
    expect(e.extra.disorder_type).toBe('Political violence');
    expect(e.extra.admin2).toBe('Testville District');
    expect(e.extra.source_scale).toBe('National');
    expect(e.extra.timestamp).toBe('1731000000');
    expect(e.extra.iso).toBe('999');
    expect(e.extra.admin3).toBeUndefined();
    expect(e.categories.actor_type).toEqual(['State forces', 'Rebel groups']);
    expect(byId(r, 'TST1002').extra.interaction).toBe('State forces only');
    expect(byId(r, 'TST1003').extra.tags).toBe('crowd size=around 100');
    expect(byId(r, 'TST1004').extra.civilian_targeting).toBe('Civilian targeting');
  });
  it('time_precision 2 spans the week around the coded day; 3 spans the month', () => {
    expect(byId(r, 'TST1002')).toMatchObject({ date: '2024-10-29', date_end: '2024-11-04', date_precision: 2 });
    expect(byId(r, 'TST1002').extra.event_date).toBe('2024-11-01');
    expect(byId(r, 'TST1003')).toMatchObject({ date: '2024-08-01', date_end: '2024-08-31', date_precision: 3 });
  });
  it('geo_precision 2 is a located point with less precision; 3 is a centroid', () => {
    expect(byId(r, 'TST1002')).toMatchObject({ geo_precision: 2, point_kind: 'located' });
    expect(byId(r, 'TST1003')).toMatchObject({ geo_precision: 3, point_kind: 'centroid' });
  });
  it('reads 01 November 2024, 5-Aug-24 and 11/01/2024 (month-first, with a warning)', () => {
    expect(byId(r, 'TST1004').date).toBe('2024-11-01');
    expect(messages(r).some((m) => /read as month\/day\/year/.test(m))).toBe(true);
  });
  it('fatalities that are not a count are reported and left empty', () => {
    expect(byId(r, 'TST1004').fatalities).toBeNull();
    expect(r.report.warnings).toContainEqual({ line: 5, column: 'fatalities', message: 'fatalities "many" is not a count: left empty' });
  });
});

describe('ACLED CSV, pre-2023 layout', () => {
  const r = load('pre2023.csv');
  it('is recognised and imported', () => {
    expect(r.report.format).toBe('ACLED CSV (pre-2023 layout)');
    expect(r.events.map((e) => e.id)).toEqual(['TST2001', 'TST2002']);
    expect(byId(r, 'TST2001')).toMatchObject({ date: '2021-03-15', fatalities: 2, place_name: 'Testville' });
  });
  it('keeps data_id, event_id_no_cnty and iso3 in extra', () => {
    expect(byId(r, 'TST2001').extra).toMatchObject({ data_id: '5550001', event_id_no_cnty: '2001', iso3: 'TST' });
    expect(byId(r, 'TST2002').extra.interaction).toBe('Rioters only');
  });
});

describe('ACLED CSV, monadic layout', () => {
  const r = load('monadic.csv');
  it('merges the rows of one event into one event with all actors', () => {
    expect(r.report.format).toBe('ACLED CSV (monadic)');
    expect(r.events).toHaveLength(2);
    expect(r.report.imported).toBe(2);
    expect(r.report.merged).toBe(1);
    const e = byId(r, 'TST3001');
    expect(e.actors).toEqual(['Military Forces of Testland (2020-)', 'Testville Liberation Front', 'Testville Youth Militia']);
    expect(e.sources.map((s) => s.title)).toEqual(['Testville Times', 'Radio Nowhere']);
    expect(e.categories.actor_type).toEqual(['State forces', 'Rebel groups']);
    expect(e.line).toBe(2);
  });
  it('reports values the merged rows disagree on, keeping the first', () => {
    expect(byId(r, 'TST3001').fatalities).toBe(4);
    expect(r.report.warnings).toContainEqual({
      line: 3,
      column: 'fatalities',
      message: 'rows of event TST3001 disagree on fatalities (line 2: "4", line 3: "5"): kept line 2',
    });
  });
  it('reads text inter labels as given', () => {
    expect(byId(r, 'TST3002').extra.inter1).toBe('Protesters');
    expect(byId(r, 'TST3002').categories.interaction).toEqual(['Protesters only']);
  });
});

describe('ACLED CSV from European Excel', () => {
  const r = load('excel-eu.csv');
  it('handles BOM, CRLF, junk lines, ; delimiters, decimal commas, reordered columns and an HXL row', () => {
    expect(r.report.fatal).toBeNull();
    expect(r.events).toHaveLength(1);
    const e = byId(r, 'TST4001');
    expect(e).toMatchObject({
      date: '2024-11-02',
      lat: 12.5,
      lon: 34.25,
      place_name: 'Testville',
      fatalities: 1,
      summary: 'Semicolon file',
    });
    expect(e.extra.my_column).toBe('kept');
    expect(e.line).toBe(6);
  });
  it('says the HXL row was read as tags', () => {
    expect(r.report.warnings).toContainEqual({
      line: 5,
      column: null,
      message: 'HXL hashtag row under the header: read as tags, not as an event',
    });
  });
});

describe("acledR's long format (actor, assoc_actor, inter)", () => {
  it('reads its columns as the monadic layout', () => {
    const text = [
      'event_id_cnty,event_date,actor,assoc_actor,inter,latitude,longitude',
      'L1,2024-02-01,Testland Police,,1,1.5,2.5',
      'L1,2024-02-01,Civilians (Testland),Teachers (Testland),7,1.5,2.5',
    ].join('\n');
    const r = importAcled('long.csv', text, NOW);
    expect(r.report.format).toBe('ACLED CSV (monadic)');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]?.actors).toEqual(['Testland Police', 'Civilians (Testland)', 'Teachers (Testland)']);
    expect(r.events[0]?.categories.actor_type).toEqual(['State forces', 'Civilians']);
    expect(r.report.warnings).toEqual([]);
  });
});

describe('the fixtures are recognised as ACLED by the core sniffer', () => {
  it.each(['current.csv', 'pre2023.csv', 'monadic.csv', 'excel-eu.csv'])('%s', (name) => {
    expect(detectFormat(name, fixture(name))).toBe('acled');
  });
});
