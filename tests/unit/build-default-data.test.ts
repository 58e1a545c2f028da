/** `npm run build -- --data`: arguments, the conversion of a fixture, the report, and the built page's meta. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addDefaultDataMeta,
  convertDataFile,
  formatReport,
  isAppPage,
  outputName,
  parseBuildArgs,
} from '../../scripts/build/default-data.ts';
import { importClaimline } from '../../src/data/import/claimline.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

describe('parseBuildArgs', () => {
  it('is plain vite build without --data or CLAIMLINE_DATA', () => {
    expect(parseBuildArgs([], {})).toEqual({ data: null, viteArgs: [] });
    expect(parseBuildArgs(['--logLevel', 'warn'], {})).toEqual({ data: null, viteArgs: ['--logLevel', 'warn'] });
    expect(parseBuildArgs([], { CLAIMLINE_DATA: '  ' })).toEqual({ data: null, viteArgs: [] });
  });
  it('reads --data, --data= and the environment; the argument wins', () => {
    expect(parseBuildArgs(['--data', 'a.csv', '--mode', 'x'], {})).toEqual({ data: 'a.csv', viteArgs: ['--mode', 'x'] });
    expect(parseBuildArgs(['--data=b.json'], {})).toEqual({ data: 'b.json', viteArgs: [] });
    expect(parseBuildArgs([], { CLAIMLINE_DATA: 'env.csv' })).toEqual({ data: 'env.csv', viteArgs: [] });
    expect(parseBuildArgs(['--data', 'arg.csv'], { CLAIMLINE_DATA: 'env.csv' })).toEqual({ data: 'arg.csv', viteArgs: [] });
  });
  it('refuses --data without a file', () => {
    expect(parseBuildArgs(['--data'], {})).toHaveProperty('error');
    expect(parseBuildArgs(['--data', '--mode'], {})).toHaveProperty('error');
    expect(parseBuildArgs(['--data='], {})).toHaveProperty('error');
  });
});

describe('outputName', () => {
  it.each([
    ['path/to/events.csv', 'events.claimline.geojson'],
    ['Sudan events 2024.csv', 'Sudan-events-2024.claimline.geojson'],
    ['x/clean.claimline.geojson', 'clean.claimline.geojson'],
    ['"><script>.csv', 'script.claimline.geojson'],
    ['..csv', 'data.claimline.geojson'],
  ])('%j → %j', (path, name) => {
    expect(outputName(path)).toBe(name);
  });
});

describe('the conversion', () => {
  it('converts an ACLED fixture into a Claimline file that imports back, and reports it', () => {
    const c = convertDataFile(join(FIXTURES, 'acled/current.csv'));
    expect(c.report.fatal).toBeNull();
    expect(c.events).toBeGreaterThan(0);
    expect(c.geojson).not.toBeNull();
    const back = importClaimline('events.claimline.geojson', c.geojson ?? '');
    expect(back.report.fatal).toBeNull();
    expect(back.events).toHaveLength(c.events);
    const text = formatReport(c);
    expect(text.split('\n')[0]).toMatch(/^current\.csv: ACLED/);
    expect(text).toContain(`${c.events} events`);
    expect(text).not.toContain('FATAL');
  });
  it('fails a file with a fatal report or nothing to publish', () => {
    const fatal = convertDataFile(join(FIXTURES, 'bad/image.csv'));
    expect(fatal.geojson).toBeNull();
    expect(formatReport(fatal)).toContain('FATAL');
    const empty = convertDataFile(join(FIXTURES, 'bad/header-only.csv'));
    expect(empty.geojson).toBeNull();
    expect(formatReport(empty)).toContain('FATAL');
  });
  it('lists the first skipped rows and warnings, then how many more', () => {
    const c = convertDataFile(join(FIXTURES, 'acled/current.csv'));
    const many = {
      ...c,
      report: { ...c.report, skipped: Array.from({ length: 25 }, (_, i) => ({ line: i + 2, column: 'latitude', reason: 'not a number' })) },
    };
    const text = formatReport(many);
    expect(text).toContain('skipped line 2, column "latitude": not a number');
    expect(text).toContain('… 5 more skipped rows');
  });
});

describe('addDefaultDataMeta', () => {
  const page = '<!doctype html>\n<html>\n  <head>\n    <meta charset="utf-8" />\n  </head>\n  <body><div id="app"></div></body>\n</html>';
  it('names the dataset in the head, once', () => {
    const html = addDefaultDataMeta(page, 'data/events.claimline.geojson') ?? '';
    expect(html).toContain('<meta name="claimline-default-data" content="data/events.claimline.geojson" />\n  </head>');
    const again = addDefaultDataMeta(html, 'data/other.claimline.geojson') ?? '';
    expect(again.match(/claimline-default-data/g)).toHaveLength(1);
    expect(again).toContain('content="data/other.claimline.geojson"');
  });
  it('escapes the URL and leaves "$" patterns alone', () => {
    const html = addDefaultDataMeta(page, 'data/"x"&<$&$1>.geojson') ?? '';
    expect(html).toContain('content="data/&quot;x&quot;&amp;&lt;$&amp;$1&gt;.geojson"');
  });
  it('refuses a page without a head, and tells the app pages from others', () => {
    expect(addDefaultDataMeta('<p>no head</p>', 'x')).toBeNull();
    expect(isAppPage(page)).toBe(true);
    expect(isAppPage('<html><head></head><body>docs</body></html>')).toBe(false);
  });
});
