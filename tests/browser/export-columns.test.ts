/**
 * Export in columns mode: the built-in claims as the event file `npm run build -- --data` writes,
 * opened with `?data=…/x.clcol`. The panel is there without the published layouts; a CSV read while
 * the text file is held back can be cancelled (no download); then the CSV and the GeoJSON hold
 * exactly the window's claims, line for line what normal mode writes for the same records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { convertDataFile } from '../../scripts/build/default-data.ts';
import { eventFilesOf } from '../../scripts/build/event-files.ts';
import { combineDatasets } from '../../src/data/combine.ts';
import { convertImport } from '../../src/data/import/convert.ts';
import { importFile } from '../../src/data/import/index.ts';
import { shownClaims } from '../../src/data/matches-window.ts';
import { claimsCsv } from '../../src/export/claims-files.ts';
import { eventually, gotoReady, useSession } from './harness.ts';

const NAME = 'x.claimline.geojson';
/** The built-in claims as a Claimline file, with the licence a published event file must name. */
const plain = JSON.parse(convertDataFile(join(import.meta.dirname, '../../data/incidents.geojson')).geojson as string);
const geojson = JSON.stringify({ ...plain, meta: { ...plain.meta, licence: 'CC BY 4.0' } });
const FILES = eventFilesOf(NAME, geojson);
/** The same records as normal mode holds them (the GeoJSON imported as `?data=x.claimline.geojson`). */
const { converted } = convertImport(importFile(NAME, new TextEncoder().encode(geojson)), { builtIn: null, imports: [] });
const incidents = combineDatasets(null, [converted!])!.dataset.incidents;
const BODIES: Record<string, Uint8Array> = {
  'x.clcol': FILES.columns,
  'x.cltext': FILES.text,
  'x.clcol.json': new TextEncoder().encode(FILES.metaText),
};

/** Serves the three files under /published/ (Range answered 206); text answers wait while `held` is set. */
async function serve(page: Page, gate: { held: Promise<void> | null }): Promise<void> {
  await page.route('**/published/*', async (route: Route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = BODIES[file];
    if (!body) return route.fulfill({ status: 404, body: '' });
    if (file === 'x.cltext' && gate.held) await gate.held;
    const m = /^bytes=(\d+)-(\d+)$/.exec((await route.request().headerValue('range')) ?? '');
    if (!m) return route.fulfill({ status: 200, body: Buffer.from(body) });
    const start = Number(m[1]);
    const end = Math.min(Number(m[2]), body.byteLength - 1);
    return route.fulfill({
      status: 206,
      headers: { 'content-range': `bytes ${start}-${end}/${body.byteLength}`, 'accept-ranges': 'bytes' },
      body: Buffer.from(body.subarray(start, end + 1)),
    });
  });
}

const lines = (text: string) => text.split('\r\n').sort();

describe('export in columns mode', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('cancels a CSV being read, then downloads the window’s claims exactly', async () => {
    const gate: { held: Promise<void> | null } = { held: null };
    await serve(s.page, gate);
    await gotoReady(s.page, `${s.url}?data=published/x.clcol&from=2022-09-12&to=2022-09-14`);
    const panel = s.page.locator('.cl-export');
    await eventually(() => panel.getByRole('button', { name: 'Claims (CSV)' }).isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'ACLED layout (CSV)' }).count()).toBe(0);
    const state = await s.page.evaluate(() => {
      const st = (window as unknown as { __claimline: { store: { state: { from: number; to: number; sides: Set<string> } } } }).__claimline
        .store.state;
      return { from: st.from, to: st.to, sides: [...st.sides] };
    });
    const shown = shownClaims(incidents, { ...state, sides: new Set(state.sides) });
    expect(shown.length).toBeGreaterThan(5);

    // Held back: the bar shows, Cancel ends it, and nothing is downloaded.
    let downloads = 0;
    s.page.on('download', () => void downloads++);
    let release = () => {};
    gate.held = new Promise<void>((r) => (release = r));
    await panel.getByRole('button', { name: 'Claims (CSV)' }).click();
    await eventually(() => panel.locator('.cl-export__count').textContent()).toBe(`Reading the claims: 0 of ${shown.length}`);
    await panel.getByRole('button', { name: 'Cancel the download' }).click();
    gate.held = null;
    release();
    await eventually(() => panel.getByRole('status').textContent()).toBe('The download was cancelled.');
    expect(await panel.locator('.cl-export__progress').isHidden()).toBe(true);
    expect(downloads).toBe(0);

    const save = async (name: string) => {
      const [download] = await Promise.all([s.page.waitForEvent('download'), panel.getByRole('button', { name }).click()]);
      return { text: readFileSync((await download.path())!, 'utf8'), filename: download.suggestedFilename() };
    };
    const csv = await save('Claims (CSV)');
    expect(csv.filename).toBe('claimline-2022-09-12_2022-09-14.csv');
    expect(lines(csv.text)).toEqual(lines(claimsCsv(shown)));
    await eventually(() => panel.getByRole('status').textContent()).toBe('Downloaded.');
    const geo = JSON.parse((await save('Claims (GeoJSON)')).text) as { features: { properties: { id: string; sources: unknown[] } }[] };
    expect(geo.features.map((f) => f.properties.id).sort()).toEqual(shown.map((f) => f.properties.id).sort());
    for (const f of geo.features) expect(f.properties.sources.length).toBeGreaterThan(0);
  });
});
