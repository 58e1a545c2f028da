import { describe, expect, it } from 'vitest';
import { addDays, geoPrecision, interactionLabel, interLabel, timeSpan } from '../../src/data/import/acled-codes.ts';
import { importAcled } from '../../src/data/import/acled.ts';

const HEAD = 'event_id_cnty,event_date,time_precision,event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,fatalities';
const csv = (...rows: string[]) => [HEAD, ...rows].join('\n');
const run = (text: string, opts: { now?: string; centroidMin?: number } = {}) => importAcled('t.csv', text, { now: '2025-06-01', ...opts });
const find = (r: ReturnType<typeof run>, re: RegExp) => r.report.warnings.filter((w) => re.test(w.message));

describe('ACLED codebook codes', () => {
  it('maps inter codes 1–8 to actor types and keeps text labels', () => {
    expect(['1', '2', '3', '4', '5', '6', '7', '8'].map(interLabel)).toEqual([
      'State forces',
      'Rebel groups',
      'Political militias',
      'Identity militias',
      'Rioters',
      'Protesters',
      'Civilians',
      'External/Other forces',
    ]);
    expect(interLabel(' 7 ')).toBe('Civilians');
    expect(interLabel('9')).toBe('9');
    expect(interLabel('Rebel groups')).toBe('Rebel groups');
    expect(interLabel('')).toBe('');
  });
  it('maps two-digit interaction codes, a trailing 0 meaning one actor alone', () => {
    expect(interactionLabel('13')).toBe('State forces-Political militias');
    expect(interactionLabel('78')).toBe('Civilians-External/Other forces');
    expect(interactionLabel('80')).toBe('External/Other forces only');
    expect(interactionLabel('99')).toBe('99');
    expect(interactionLabel('State forces-Civilians')).toBe('State forces-Civilians');
  });
  it('turns time precision into a span that never pretends to know the day', () => {
    expect(timeSpan('2024-03-01', 1)).toEqual({ date: '2024-03-01', date_end: '2024-03-01', date_precision: 1 });
    expect(timeSpan('2024-03-01', 2)).toEqual({ date: '2024-02-27', date_end: '2024-03-04', date_precision: 2 });
    expect(timeSpan('2024-02-15', 3)).toEqual({ date: '2024-02-01', date_end: '2024-02-29', date_precision: 3 });
    expect(timeSpan('2023-12-15', 3)).toEqual({ date: '2023-12-01', date_end: '2023-12-31', date_precision: 3 });
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
  });
  it('maps geo precision 1–3 and nothing else', () => {
    expect(geoPrecision(1)).toEqual({ geo_precision: 1, point_kind: 'located' });
    expect(geoPrecision(3)).toEqual({ geo_precision: 3, point_kind: 'centroid' });
    expect(geoPrecision(4)).toBeNull();
    expect(geoPrecision(Number.NaN)).toBeNull();
  });
});

describe('ACLED warnings an editor needs', () => {
  it('many events on one exact point: probably a centroid, counted', () => {
    const rows = Array.from({ length: 4 }, (_, i) => `TST${i},2024-01-0${i + 1},1,Battles,A,,Testville,10.5,20.5,3,S,0`);
    const r = run(csv(...rows, 'TST9,2024-01-09,1,Battles,A,,Elsewhere,10.6,20.6,1,S,0'), { centroidMin: 4 });
    expect(find(r, /centroid/)).toEqual([
      {
        line: 2,
        column: 'latitude',
        message: '4 events share the coordinates 10.5, 20.5 (Testville): probably a centroid, not located points',
      },
    ]);
    expect(find(run(csv(...rows)), /centroid/)).toEqual([]);
  });
  it('swapped latitude/longitude are reported and the event is kept unplaced', () => {
    const r = run(csv('TST1,2024-01-01,1,Battles,A,,Testville,120.5,10.25,1,S,0'));
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ lat: null, lon: null, date: '2024-01-01' });
    expect(find(r, /look swapped/)).toHaveLength(1);
  });
  it('out-of-range, non-numeric and missing coordinates keep the event, unplaced', () => {
    const r = run(
      csv(
        'A1,2024-01-01,1,Battles,A,,X,95,200,1,S,0',
        'A2,2024-01-01,1,Battles,A,,X,NaN,Infinity,1,S,0',
        'A3,2024-01-01,1,Battles,A,,X,,,,S,0',
      ),
    );
    expect(r.events.map((e) => e.lat)).toEqual([null, null, null]);
    expect(find(r, /out of range/)).toHaveLength(1);
    expect(find(r, /not numbers/)).toHaveLength(1);
    expect(find(r, /no coordinates/)).toHaveLength(1);
  });
  it('dates after "now" are reported', () => {
    const r = run(csv('F1,2025-06-02,1,Battles,A,,X,1,2,1,S,0', 'F2,2025-06-01,1,Battles,A,,X,1,2,1,S,0'));
    expect(find(r, /future/)).toEqual([{ line: 2, column: 'event_date', message: 'date 2025-06-02 is in the future' }]);
    expect(r.events).toHaveLength(2);
  });
  it('a differing duplicate id is kept under a new id and reported; an identical copy is folded', () => {
    const a = 'D1,2024-01-01,1,Battles,A,B,X,1,2,1,S,0';
    const r = run(csv(a, 'D1,2024-01-02,1,Battles,A,B,X,1,2,1,S,0', a));
    expect(r.events.map((e) => e.id)).toEqual(['D1', 'D1#2']);
    expect(r.report.merged).toBe(1);
    expect(r.report.imported).toBe(2);
    expect(find(r, /duplicate id D1 \(first on line 2\)/)).toHaveLength(1);
    expect(find(r, /repeats event D1/)).toHaveLength(1);
    expect(r.report.format).toBe('ACLED CSV (2023 layout)');
  });
  it('rows with different actors but a filled actor2 are duplicates, not monadic', () => {
    const r = run(csv('D1,2024-01-01,1,Battles,A,B,X,1,2,1,S,0', 'D1,2024-01-01,1,Battles,C,B,X,1,2,1,S,0'));
    expect(r.report.format).toBe('ACLED CSV (2023 layout)');
    expect(r.events).toHaveLength(2);
  });
  it('a row with neither a readable date nor coordinates is skipped with its line; the rest are kept', () => {
    const r = run(
      csv('S1,not a date,1,Battles,A,,X,,,,S,0', 'S2,not a date,1,Battles,A,,X,1,2,1,S,0', 'S3,2024-01-01,1,Battles,A,,X,,,,S,0'),
    );
    expect(r.report.skipped).toEqual([{ line: 2, column: 'event_date', reason: 'no readable date and no coordinates: nothing to show' }]);
    expect(r.events.map((e) => [e.id, e.date])).toEqual([
      ['S2', null],
      ['S3', '2024-01-01'],
    ]);
    // The core folds the same message on several rows into one warning with a count.
    expect(find(r, /unreadable date "not a date"/)).toEqual([
      { line: 2, column: 'event_date', message: 'unreadable date "not a date": on the map, not on the timeline (and 1 more row)' },
    ]);
  });
  it('bad precision codes and a year that contradicts the date are reported', () => {
    const text = 'event_id_cnty,event_date,year,time_precision,geo_precision,latitude,longitude\nP1,2024-01-01,2023,7,9,1,2';
    const r = run(text);
    expect(r.events[0]).toMatchObject({ date: '2024-01-01', date_precision: 1, geo_precision: null, point_kind: 'located' });
    expect(find(r, /time_precision "7"/)).toHaveLength(1);
    expect(find(r, /geo_precision "9"/)).toHaveLength(1);
    expect(find(r, /year 2023 differs/)).toHaveLength(1);
  });
  it('reads slash dates day-first when a first number exceeds 12, for the whole file', () => {
    const r = run(csv('O1,25/12/2024,1,Battles,A,,X,1,2,1,S,0', 'O2,01/11/2024,1,Battles,A,,X,1,2,1,S,0'));
    expect(r.events.map((e) => e.date)).toEqual(['2024-12-25', '2024-11-01']);
    expect(find(r, /month\/day/)).toEqual([]);
  });
  it('a file without an ACLED header gets one fatal line naming it', () => {
    const r = importAcled('notes.csv', 'name,value\na,1\n');
    expect(r.report.fatal).toBe('notes.csv: no ACLED header found (a row with event_date and event_id_cnty or latitude)');
    expect(r.events).toEqual([]);
  });
  it('hostile column names stay plain keys of extra', () => {
    const r = run('event_id_cnty,event_date,latitude,longitude,__proto__,constructor\nH1,2024-01-01,1,2,evil,ctor');
    const e = r.events[0];
    expect(Object.entries(e?.extra ?? {})).toEqual([
      ['__proto__', 'evil'],
      ['constructor', 'ctor'],
    ]);
    expect(Object.getPrototypeOf(e?.extra)).toBeNull();
    expect(({} as Record<string, unknown>).evil).toBeUndefined();
  });
  it('an http(s) source becomes a link; other text never does', () => {
    const r = run(csv('U1,2024-01-01,1,Battles,A,,X,1,2,1,https://example.org/a; javascript:alert(1); Paper,0'));
    expect(r.events[0]?.sources).toEqual([
      { title: 'https://example.org/a', publisher: '', url: 'https://example.org/a', date: null },
      { title: 'javascript:alert(1)', publisher: 'javascript:alert(1)', url: null, date: null },
      { title: 'Paper', publisher: 'Paper', url: null, date: null },
    ]);
  });
  it('header names are matched case-insensitively (EVENT_ID_CNTY, Event Date)', () => {
    const r = run('EVENT_ID_CNTY,Event Date,LATITUDE,LONGITUDE\nC1,2024-01-01,1,2');
    expect(r.events[0]).toMatchObject({ id: 'C1', date: '2024-01-01', lat: 1, lon: 2 });
  });
});
