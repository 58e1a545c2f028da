// loadEventFile against the project's static server (scripts/static-server.mjs) on loopback, with
// Node's global fetch: the columns and meta whole, a record's text by one Range request (206).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acledCsvOf, scaleSet } from '../../scripts/bench/scale-data.ts';
import { writeEventFile } from '../../src/data/columns/event-file.ts';
import { EventFileError, eventFileUrls, loadEventFile } from '../../src/data/columns/load-event-file.ts';
import { columnsFromImported } from '../../src/data/columns/store.ts';
import { importFile } from '../../src/data/import/index.ts';

// @ts-expect-error: plain ESM helper without types
const { startServer } = await import('../../scripts/static-server.mjs');

const imported = importFile('t.csv', new TextEncoder().encode(acledCsvOf(scaleSet(700, 5))), { now: '2026-12-02' });
const cols = columnsFromImported(imported.events, { group: 'acled', dataset: 't' });
const records = imported.events.map((e, i) => ({ id: cols.ids.at(i), notes: e.summary }));
const written = writeEventFile(cols, records, 100);

let dir: string;
let server: { url: string; close: () => Promise<void> };
/** Every request: its URL, Range header and the answer's status. */
const seen: { url: string; range: string | null; status: number }[] = [];
const watched: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  seen.push({ url: String(input), range: new Headers(init?.headers).get('range'), status: res.status });
  return res;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimline-events-'));
  writeFileSync(join(dir, 'ev.clcol'), written.columns);
  writeFileSync(join(dir, 'ev.cltext'), written.text);
  writeFileSync(join(dir, 'ev.clcol.json'), JSON.stringify(written.meta));
  // Broken neighbours: no meta; not a column file; a meta of another file.
  writeFileSync(join(dir, 'nometa.clcol'), written.columns);
  writeFileSync(join(dir, 'junk.clcol'), '<!doctype html><html><body>Page not found</body></html>');
  writeFileSync(join(dir, 'junk.clcol.json'), JSON.stringify(written.meta));
  writeFileSync(join(dir, 'other.clcol'), written.columns);
  writeFileSync(join(dir, 'other.clcol.json'), JSON.stringify({ ...written.meta, count: 3, ids: ['a', 'b', 'c'] }));
  writeFileSync(join(dir, 'badjson.clcol'), written.columns);
  writeFileSync(join(dir, 'badjson.clcol.json'), '<html>');
  server = await startServer({ root: dir, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadEventFile over HTTP', () => {
  it('loads the columns and the meta, and reads a record by range', async () => {
    seen.length = 0;
    const { cols: got, text, meta } = await loadEventFile(`${server.url}ev.clcol`, watched);
    expect(meta.count).toBe(700);
    expect(Array.from(got.lon)).toEqual(Array.from(cols.lon));
    expect(got.ids).toEqual(cols.ids);
    expect(seen.map((s) => s.status)).toEqual([200, 200]);
    expect(await text.text(654)).toEqual(records[654]);
    const ranged = seen[2];
    expect(ranged?.url).toBe(`${server.url}ev.cltext`);
    expect(ranged?.range).toMatch(/^bytes=\d+-\d+$/);
    expect(ranged?.status).toBe(206);
    // The same chunk again: kept, no request.
    expect(await text.text(699)).toEqual(records[699]);
    expect(seen).toHaveLength(3);
  });

  it.each([
    ['nometa.clcol', /nometa\.clcol\.json: HTTP 404$/],
    ['missing.clcol', /missing\.clcol: HTTP 404$/],
    ['junk.clcol', /junk\.clcol: column file: .*not a column file/],
    ['other.clcol', /other\.clcol and .*other\.clcol\.json do not match: event meta: column file has 700 records, meta 3/],
    ['badjson.clcol', /badjson\.clcol\.json: not JSON/],
  ])('%s: an error naming the file and what is wrong', async (name, message) => {
    const err = await loadEventFile(`${server.url}${name}`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventFileError);
    expect((err as Error).message).toMatch(message);
  });

  it('names the text file when a chunk cannot be read', async () => {
    const { text } = await loadEventFile(`${server.url}ev.clcol`, async (input, init) =>
      String(input).endsWith('.cltext') ? new Response('nope', { status: 404 }) : fetch(input, init),
    );
    await expect(text.text(0)).rejects.toThrow(/ev\.cltext: HTTP 404 for bytes 0–/);
  });
});

describe('eventFileUrls', () => {
  it('finds the meta and text beside the column file, keeping a query', () => {
    expect(eventFileUrls('data/a.clcol?v=2')).toEqual({
      columns: 'data/a.clcol?v=2',
      meta: 'data/a.clcol.json?v=2',
      text: 'data/a.cltext?v=2',
    });
    expect(() => eventFileUrls('data/a.geojson')).toThrow(/not a column file name/);
  });
});
