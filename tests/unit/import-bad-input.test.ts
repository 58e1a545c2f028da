/**
 * The project's own bad-input suite (issue 11, section 9), over the dispatcher importFile: every
 * hostile file under tests/fixtures/import/bad/ (listed in its README) either imports its valid rows
 * with a report naming each skipped line, or gets exactly one fatal line naming the file. The shared
 * checks (never throws, http(s) links only, no prototype touched) run on every file in `run`.
 * The huge and deeply nested files are generated at run time: import-bad-huge.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectFatal, expectImported, expectNoPollution, run, texts } from './import-bad-check';

describe('files that are not what they claim: one fatal line naming the file', () => {
  it.each([
    ['empty.csv', /empty/],
    ['blank-lines.csv', /empty/],
    ['bom-only.csv', /empty/],
    ['login-page.csv', /HTML/],
    ['error-500.csv', /HTML/],
    ['image.csv', /PNG/],
    ['workbook.csv', /ZIP|xlsx/],
    ['utf16-bom.csv', /UTF-16/],
    ['utf16be-bom.csv', /UTF-16/],
    ['utf16-nobom.csv', /UTF-16/],
    ['truncated.geojson', /cut off|truncated/],
    ['truncated-array.json.part', /cut off|truncated/],
    ['nan-literal.geojson', /JSON/],
  ])('%s', (name, pattern) => expectFatal(run(name), pattern));

  it.each(['junk-only.txt', 'header-only.csv', 'empty-collection.geojson'])('%s: no events, and a message or an empty report', (name) => {
    const r = run(name);
    expect(r.events).toEqual([]);
    // Junk may be reported line by line (as a generic CSV); a header or an empty collection has nothing to skip.
    if (name !== 'junk-only.txt') expect(r.report.skipped).toEqual([]);
  });
});

describe('valid rows kept, bad ones reported by line and column', () => {
  it('acled-impossible-dates.csv: placed rows kept undated, unplaced ones skipped', () => {
    const r = run('acled-impossible-dates.csv');
    expectImported(r, 3);
    expect(r.events.map((e) => [e.id, e.date, e.lat !== null])).toEqual([
      ['TST1', null, true],
      ['TST2', null, true],
      ['TST3', null, true],
    ]);
    expect(r.report.skipped.map((s) => [s.line, s.column])).toEqual([
      [5, 'event_date'],
      [6, 'event_date'],
    ]);
    expect(r.report.warnings.filter((w) => w.column === 'event_date').length).toBeGreaterThan(0);
  });

  it('acled-zero-valid.csv: nothing to show, every row named', () => {
    const r = run('acled-zero-valid.csv');
    expect(r.events).toEqual([]);
    expect(r.report.skipped.map((s) => s.line)).toEqual([2, 3, 4]);
    expect(r.report.skipped.every((s) => s.column !== null && s.reason !== '')).toBe(true);
  });

  it('bad-coords.geojson: NaN, Infinity, 1e999, "abc", out of range and null all kept unplaced', () => {
    const r = run('bad-coords.geojson');
    expectImported(r, 6);
    const placed = r.events.filter((e) => e.lat !== null).map((e) => e.title || e.place_name);
    expect(placed).toEqual(['Testville']);
    expect(r.report.warnings.filter((w) => w.column === 'geometry').length).toBeGreaterThan(0);
  });

  it('mixed-eol.csv: CRLF and LF in one file, a CRLF inside a quoted note, no final newline', () => {
    const r = run('mixed-eol.csv');
    expectImported(r, 4);
    expect(r.events.map((e) => e.place_name)).toEqual(['Testville', 'Sampletown', 'Examplegrad', 'Lastville']);
    expect(r.events[0].summary).toMatch(/^note\r?\nwith CRLF$/);
    expect(r.events.map((e) => e.line)).toEqual([2, 4, 5, 6]);
  });

  it('nul-byte.csv: a NUL byte mid-file: every row kept, the NUL replaced', () => {
    const r = run('nul-byte.csv');
    expectImported(r, 3);
    expect(r.events[1].place_name).toBe('Nul\uFFFDville');
  });

  it('ucdp-high-below-best.csv: high < best reported, not fixed; the rows kept', () => {
    const r = run('ucdp-high-below-best.csv');
    expectImported(r, 3);
    expect(r.events.map((e) => [e.fatalities, e.fatalities_low, e.fatalities_high])).toEqual([
      [10, 3, 5],
      [6, 5, 8],
      [7, 9, 2],
    ]);
    const high = r.report.warnings.filter((w) => w.column === 'high');
    expect(high[0]).toMatchObject({ line: 2 });
    expect(high[0].message).toMatch(/below best/);
  });

  it('timemap-dangling.json: missing source ids warned, events kept with the sources that exist', () => {
    const r = run('timemap-dangling.json');
    expectImported(r, 3);
    expect(r.events.map((e) => e.sources.map((s) => s.title))).toEqual([['Testville Times'], [], []]);
    const missing = r.report.warnings.filter((w) => w.column === 'sources');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0]).toMatchObject({ line: 1 });
  });
});

describe('hostile values stay text', () => {
  it('formula-acled.csv: =, +, -, @ values are kept exactly as text', () => {
    const r = run('formula-acled.csv');
    expectImported(r, 2);
    const all = texts(r);
    for (const v of [
      '=HYPERLINK("http://evil.example","click")',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "+cmd|' /C calc'!A0",
      '=1+2',
      '=cmd',
      '=IMPORTXML("http://evil.example","//a")',
      '@SUM(A1:A9)',
    ])
      expect(all).toContain(v);
    expect(r.events.flatMap((e) => e.sources.map((s) => s.url))).toEqual([null, null]);
    expect(r.events[0].fatalities).toBeNull();
  });

  it('emoji-rtl.csv: emoji, ZWJ sequences, Arabic, Hebrew and an RLO override kept verbatim', () => {
    const r = run('emoji-rtl.csv');
    expectImported(r, 2);
    expect(r.events[0].place_name).toBe('تستفيل 🏘️');
    expect(r.events[0].actors).toEqual(['قوات الاختبار']);
    expect(r.events[0].summary).toBe('emoji 💥🔥 and ZWJ 👩‍👩‍👧 and RLO \u202Egnp.exe');
    expect(r.events[1].place_name).toBe('Testville 🇺🇳');
    expect(r.events[1].sources[0]).toMatchObject({ title: 'Radio Nowhere 📻', url: null });
  });

  it.each(['js-urls-timemap.json', 'js-urls.geojson', 'ucdp-high-below-best.csv'])('%s: only http(s) becomes a link', (name) => {
    const r = run(name);
    expectImported(r, name.endsWith('.csv') ? 3 : r.events.length);
    expect(r.events.length).toBeGreaterThan(0);
    const urls = r.events.flatMap((e) => e.sources.map((s) => s.url)).filter((u) => u !== null);
    for (const u of urls) expect(u).toBe('https://news.example.org/ok');
  });
});

describe('Claimline file links', () => {
  it('claimline-urls.geojson: a scheme prefix is not enough; only a whole http(s) URL is a link', () => {
    const r = run('claimline-urls.geojson');
    expectImported(r, 6);
    expect(r.events.map((e) => e.sources[0].url)).toEqual([null, null, null, null, null, 'https://news.example.org/ok']);
    expect(r.meta.source_url).toBeNull();
  });
});

describe('__proto__, constructor and prototype are plain keys', () => {
  it('proto-columns.csv: as ACLED column names, kept in extra; both rows kept', () => {
    const r = run('proto-columns.csv');
    expectImported(r, 2);
    const extra = r.events[0].extra;
    expect(Object.hasOwn(extra, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(extra, '__proto__')?.value).toBe('{"polluted":true}');
    expect(extra.constructor).toBe('polluted');
    expect(extra.prototype).toBe('polluted');
    // ACLED column names are lower-cased: hasOwnProperty arrives as a plain hasownproperty key.
    expect(extra.hasownproperty).toBe('polluted');
    expectNoPollution();
  });

  it('proto-keys.csv: as generic CSV column names', () => {
    run('proto-keys.csv');
    expectNoPollution();
  });

  it('proto-keys.geojson: as property and top-level keys', () => {
    const r = run('proto-keys.geojson');
    expectImported(r, 2);
    expect(r.events.map((e) => e.date)).toEqual(['2024-11-01', '2024-11-02']);
    for (const e of r.events) {
      expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(e.extra)).toBeNull();
      expect(Object.getPrototypeOf(e.categories)).toBeNull();
    }
    expectNoPollution();
  });

  it('proto-keys-timemap.json: as event ids, source ids, association ids and keys', () => {
    const r = run('proto-keys-timemap.json');
    expectImported(r, 2);
    expect(r.events[0].id).toBe('__proto__');
    expect(r.events[0].sources.map((s) => s.title)).toEqual(['proto source', 'Testville Times']);
    expect(r.events[1].sources).toEqual([]);
    for (const e of r.events) expect(Object.getPrototypeOf(e.categories)).toBeNull();
    expectNoPollution();
  });
});
