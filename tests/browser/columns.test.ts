/**
 * Issue 12 in columns mode: a 100,000-claim event file (.clcol + .cltext + .clcol.json, made here the
 * way `npm run build -- --data` makes it) opened with `?data=…/x.clcol`. The map's cells add up to the
 * window, before and after a slider step; a click on an isolated marker opens that record's text,
 * read by one Range request for its chunk (answered 206), never the whole text file; `?incident=` at
 * start opens a claim too, and a record whose text is malformed says where. The table and summary are
 * not checked here.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventFilesOf } from '../../scripts/build/event-files.ts';
import { convertData } from '../../scripts/build/default-data.ts';
import { acledCsvOf, scaleSet } from '../../scripts/bench/scale-data.ts';
import { readColumns } from '../../src/data/columns/binary-read.ts';
import { readEventFile } from '../../src/data/columns/event-file.ts';
import { MAX_POINTS } from '../../src/data/columns/cells.ts';
import { windowIndex } from '../../src/data/columns/filter.ts';
import { clickIsolatedMarker, counted, drawn, tableCount, type WindowState as State, windowState as state } from './scale-hooks.ts';
import { eventually, gotoReady, useSession, waitIdleAfter } from './harness.ts';

const N = 100_000;
const converted = convertData('x.csv', new TextEncoder().encode(acledCsvOf(scaleSet(N, 12))));
const FILES = eventFilesOf('x.claimline.geojson', converted.geojson as string);
const cols = readEventFile(readColumns(FILES.columns), FILES.meta);
/** A record's place as the text file holds it (its chunk decoded here): what the details heading must end with. */
const textIndex = readColumns(FILES.columns).text!;
function placeOf(id: string): string {
  const row = cols.ids.indexOf(id);
  const chunk = Math.floor(row / textIndex.chunkSize);
  const bytes = FILES.text.subarray(textIndex.offsets[chunk], textIndex.offsets[chunk + 1]);
  const records = JSON.parse(new TextDecoder().decode(bytes)) as { place_name: string }[];
  return (records[row - chunk * textIndex.chunkSize] as { place_name: string }).place_name;
}
const BODIES: Record<string, { body: Uint8Array; type: string }> = {
  'x.clcol': { body: FILES.columns, type: 'application/octet-stream' },
  'x.cltext': { body: FILES.text, type: 'application/octet-stream' },
  'x.clcol.json': { body: new TextEncoder().encode(FILES.metaText), type: 'application/json' },
};

/**
 * The same files with one record's text made invalid in place (its location role in capitals, so no
 * byte moves): a stranger's file, as the details panel must take it.
 */
const HOSTILE_ROW = Math.floor(cols.count / 2);
const HOSTILE: typeof BODIES = { ...BODIES, 'x.cltext': { ...(BODIES['x.cltext'] as { type: string }), body: spoiled(HOSTILE_ROW) } };
function spoiled(row: number): Uint8Array {
  const text = FILES.text.slice();
  const chunk = Math.floor(row / textIndex.chunkSize);
  const start = textIndex.offsets[chunk] as number;
  const json = new TextDecoder().decode(text.subarray(start, textIndex.offsets[chunk + 1]));
  const at = json.indexOf(`"id":${JSON.stringify(cols.ids.at(row))}`);
  const role = /"location_role":"([a-z]+)"/g;
  role.lastIndex = json.lastIndexOf('{', at);
  const m = role.exec(json);
  if (at < 0 || !m) throw new Error('no record to spoil');
  const value = m.index + '"location_role":"'.length;
  // The chunk is ASCII JSON here: a character's index is its byte's.
  text.set(new TextEncoder().encode((m[1] as string).toUpperCase()), start + value);
  return text;
}

type Served = { file: string; range: string | null; status: number; bytes: number };

/** Serves the three files under /published/, answering a single `bytes=a-b` Range with 206 as static hosts do. */
async function serve(page: Page, bodies = BODIES): Promise<Served[]> {
  const log: Served[] = [];
  await page.route('**/published/*', async (route: Route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const entry = bodies[file];
    if (!entry) return route.fulfill({ status: 404, body: '' });
    const range = (await route.request().headerValue('range')) ?? null;
    const size = entry.body.byteLength;
    const m = range ? /^bytes=(\d+)-(\d+)$/.exec(range) : null;
    if (m) {
      const start = Number(m[1]);
      const end = Math.min(Number(m[2]), size - 1);
      log.push({ file, range, status: 206, bytes: end - start + 1 });
      return route.fulfill({
        status: 206,
        contentType: entry.type,
        headers: { 'content-range': `bytes ${start}-${end}/${size}`, 'accept-ranges': 'bytes' },
        body: Buffer.from(entry.body.subarray(start, end + 1)),
      });
    }
    log.push({ file, range, status: 200, bytes: size });
    return route.fulfill({ status: 200, contentType: entry.type, body: Buffer.from(entry.body) });
  });
  return log;
}

const allGroups = new Set(cols.groups.map((_, i) => i));
const inWindow = (s: State) => windowIndex(cols, { ...s, groups: allGroups, plotted: true });
const heading = (page: Page) => page.locator('#cl-details-title').textContent();

describe('a hundred thousand claims as an event file', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('cells add up to the window; a clicked marker shows its record, read by one range', async () => {
    const served = await serve(s.page);
    await gotoReady(s.page, `${s.url}?data=published/x.clcol`);
    const all = inWindow(await state(s.page)).length;
    expect(all).toBe(cols.count);
    await eventually(() => drawn(s.page), 60_000).toEqual({ cells: all });
    // The table and the window numbers count the same claims, from the columns alone.
    await eventually(() => tableCount(s.page), 30_000).toBe(counted(all));
    await eventually(() => s.page.locator('.cl-summary tfoot td').first().textContent()).toBe(all.toLocaleString('en'));
    expect(await s.page.locator('.cl-table tbody tr[data-id]').count()).toBeLessThan(80);

    const slider = s.page.getByRole('slider', { name: 'Show incidents up to' });
    await waitIdleAfter(s.page, () => slider.press('PageDown'));
    const want = inWindow(await state(s.page)).length;
    expect(want).toBeLessThan(all);
    await eventually(() => drawn(s.page), 30_000).toEqual(want > MAX_POINTS ? { cells: want } : { points: want });
    await eventually(() => tableCount(s.page)).toBe(counted(want));
    await eventually(() => s.page.locator('.cl-summary tfoot td').first().textContent()).toBe(want.toLocaleString('en'));

    // Zoomed in on a claim of the window: points, all the window's rows drawn; a click opens one.
    const id = await clickIsolatedMarker(s.page, cols, [...inWindow(await state(s.page))]);

    // The record's own text: its place, as the file writes it, ends the heading.
    const place = placeOf(id);
    expect(place).toMatch(/^Place \d+, /);
    await eventually(() => heading(s.page), 30_000).toMatch(new RegExp(` — ${place}$`));
    await eventually(() => s.page.locator('.cl-details').textContent()).toContain(place);
    // Read by range, each answered 206 with a chunk, never the whole text file.
    const texts = served.filter((r) => r.file === 'x.cltext');
    expect(texts.length).toBeGreaterThan(0);
    for (const r of texts) {
      expect(r.range).toMatch(/^bytes=\d+-\d+$/);
      expect(r.status).toBe(206);
      expect(r.bytes).toBeLessThan(FILES.text.byteLength / 10);
    }
    // The columns and meta came whole, once each.
    expect(served.filter((r) => r.file !== 'x.cltext').map((r) => `${r.file} ${r.status}`)).toEqual(
      expect.arrayContaining(['x.clcol 200', 'x.clcol.json 200']),
    );
    // Nothing left the page's origin (the harness checks this after every test too).
    expect(s.foreignRequests).toEqual([]);
  }, 240_000);

  it('?incident= at start opens that claim', async () => {
    const served = await serve(s.page);
    const row = Math.floor(cols.count / 3);
    const id = cols.ids.at(row) as string;
    await gotoReady(s.page, `${s.url}?data=published/x.clcol&incident=${encodeURIComponent(id)}`);
    await eventually(() => heading(s.page), 30_000).toMatch(new RegExp(` — ${placeOf(id)}$`));
    expect(served.filter((r) => r.file === 'x.cltext').every((r) => r.status === 206)).toBe(true);
  }, 120_000);

  it('a record whose text is malformed says which file, row, record and field; the others still open', async () => {
    await serve(s.page, HOSTILE);
    const id = cols.ids.at(HOSTILE_ROW) as string;
    await gotoReady(s.page, `${s.url}?data=published/x.clcol&incident=${encodeURIComponent(id)}`);
    await eventually(() => heading(s.page), 30_000).toBe('Claim not shown');
    const alert = s.page.locator('.cl-details [role=alert]');
    await eventually(() => alert.textContent(), 30_000).toMatch(
      new RegExp(`^This claim could not be read: \\S*x\\.cltext, row ${HOSTILE_ROW + 1}, record "${id}": location_role: `),
    );
    // Set with the message, in the same change: reading the record again would give the same text.
    expect(await s.page.locator('.cl-details').getByRole('button', { name: 'Try again' }).count()).toBe(0);
    // The next record (of the same chunk, unless the row ends one) opens whole.
    const next = cols.ids.at(HOSTILE_ROW + 1) as string;
    await gotoReady(s.page, `${s.url}?data=published/x.clcol&incident=${encodeURIComponent(next)}`);
    await eventually(() => heading(s.page), 30_000).toMatch(new RegExp(` — ${placeOf(next)}$`));
  }, 120_000);
});
