/**
 * Bring your own data in Chromium: a file dropped on the page goes through the worker, the report
 * and "Show on map", and its events are then drawn (counted from the rendered map), listed and
 * toggled as a group beside the built-in claims; `?data=` loads a file instead of the built-in
 * dataset. The expected counts come from the same importers run here in Node on the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/import/index.ts';
import { acledCsv } from '../../scripts/bench/import-csv.ts';
import { eventually, gotoReady, useSession } from './harness.ts';

const ACLED = acledCsv(150, 7);
const UCDP = readFileSync(join(import.meta.dirname, '../fixtures/import/ucdp/ged-full.csv'), 'utf8');

/** What the importers make of a file: events with a date, and of those the ones with a point. */
function expected(name: string, text: string) {
  const r = importFile(name, new TextEncoder().encode(text), { now: '2026-12-02' });
  const dated = r.events.filter((e) => e.date !== null);
  return {
    imported: r.report.imported,
    dated: dated.length,
    plotted: dated.filter((e) => e.lat !== null && e.point_kind !== 'country_centroid').length,
  };
}

/** Drops files on the page body as a reader would drag them from a file manager. */
async function drop(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

/** Rendered marker features per claimant group (each imported file is one group). */
async function renderedByGroup(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    type F = { properties: { id: string; claimant_side: string } };
    const w = window as unknown as { __claimline: { map: { queryRenderedFeatures: (o: object) => F[] } } };
    const seen = new Map<string, string>();
    for (const f of w.__claimline.map.queryRenderedFeatures({ layers: ['incident-markers'] }))
      seen.set(f.properties.id, f.properties.claimant_side);
    const out: Record<string, number> = {};
    for (const side of seen.values()) out[side] = (out[side] ?? 0) + 1;
    return out;
  });
}

/** Clicks the file's "Show on map" and waits until the app is mounted again with one more dataset. */
async function showOnMap(page: Page, file: string): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { __claimline: { datasets: unknown[] } }).__claimline.datasets.length);
  const row = page.locator('dialog .cl-import__row', { hasText: file });
  await row.getByRole('button', { name: 'Show on map' }).click();
  await page.waitForFunction(
    (n) =>
      document.getElementById('app')?.dataset.ready === 'true' &&
      (window as unknown as { __claimline: { datasets: unknown[] } }).__claimline.datasets.length === n,
    before + 1,
    { timeout: 60_000 },
  );
}

describe('bring your own data', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('a dropped file is imported in the worker, reported, and drawn, listed and toggled beside the built-in claims', async () => {
    const want = expected('testland-acled.csv', ACLED);
    await gotoReady(s.page, s.url);
    // The first view loads none of it: no importer worker, dialog, lazy strings or world basemap file.
    const fetched = await s.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(
      fetched.filter((u) => /assets\/(worker|import-dialog|client|convert|world-basemap|countries-(110|50)m|cities-1m)-/.test(u)),
    ).toEqual([]);
    await drop(s.page, [{ name: 'testland-acled.csv', text: ACLED }]);
    const dialog = s.page.locator('dialog[open]');
    await eventually(() => dialog.textContent(), 30_000).toContain(`${want.imported} events imported`);
    await eventually(() => dialog.textContent()).toContain('Nothing is uploaded');
    await showOnMap(s.page, 'testland-acled.csv');

    // Drawn: every plotted event of the file is on the map, fitted to the records; the built-in claims stay.
    await eventually(async () => (await renderedByGroup(s.page)).testland_acled, 30_000).toBe(want.plotted);
    expect((await renderedByGroup(s.page)).armenia).toBeGreaterThan(0);
    // Toggled: the built-in groups off, the table lists exactly the file's events, and the map only them.
    for (const name of ['Armenian sources', 'Azerbaijani sources', 'Third parties', 'Independent media'])
      await s.page.getByRole('checkbox', { name }).uncheck();
    await eventually(() => s.page.locator('.cl-table tbody tr[data-id]').count()).toBe(want.dated);
    await eventually(async () => Object.keys(await renderedByGroup(s.page))).toEqual(['testland_acled']);
    await s.page.getByRole('checkbox', { name: 'testland-acled' }).uncheck();
    await eventually(async () => renderedByGroup(s.page)).toEqual({});
  });

  it('two files are two datasets, each its own group beside the built-in claims', async () => {
    const ucdp = expected('ged-full.csv', UCDP);
    await gotoReady(s.page, s.url);
    await s.page.getByRole('button', { name: 'Open data…' }).click();
    await s.page.locator('dialog input[type=file]').setInputFiles([
      { name: 'testland-acled.csv', mimeType: 'text/csv', buffer: Buffer.from(ACLED) },
      { name: 'ged-full.csv', mimeType: 'text/csv', buffer: Buffer.from(UCDP) },
    ]);
    await eventually(() => s.page.locator('dialog .cl-import__row').getByRole('button', { name: 'Show on map' }).count(), 30_000).toBe(2);
    await showOnMap(s.page, 'ged-full.csv');
    // The dialog keeps the other file's report: open it again and show that one too.
    await s.page.getByRole('button', { name: 'Open data…' }).click();
    await eventually(() => s.page.locator('dialog .cl-import__row', { hasText: 'ged-full.csv' }).textContent()).toContain('On the map');
    await showOnMap(s.page, 'testland-acled.csv');
    const groups = await s.page.evaluate(() => [
      ...(window as unknown as { __claimline: { store: { state: { sides: Set<string> } } } }).__claimline.store.state.sides,
    ]);
    expect(groups).toEqual(expect.arrayContaining(['ged_full', 'testland_acled', 'armenia']));
    await eventually(async () => (await renderedByGroup(s.page)).ged_full ?? 0, 30_000).toBe(ucdp.plotted);
  });

  it('?data= loads a file next to the app instead of the built-in dataset', async () => {
    const want = expected('testland.csv', ACLED);
    await s.page.route('**/published/testland.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: ACLED }));
    await gotoReady(s.page, `${s.url}?data=published/testland.csv`);
    await eventually(async () => renderedByGroup(s.page), 30_000).toEqual({ testland: want.plotted });
    await eventually(() => s.page.locator('.cl-table tbody tr[data-id]').count()).toBe(want.dated);
    // The parameter survives the reader's changes, so a shared link opens the same data.
    await s.page.getByRole('checkbox', { name: 'testland' }).uncheck();
    await eventually(() => new URL(s.page.url()).searchParams.get('data')).toBe('published/testland.csv');
  });

  it('a ?data= name that does not decode is named in a banner line, and the other file is still shown', async () => {
    const want = expected('testland.csv', ACLED);
    await s.page.route('**/published/testland.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: ACLED }));
    // The browser logs the refused request as an error; the page's own report is what is tested.
    s.allowConsoleErrors();
    await gotoReady(s.page, `${s.url}?data=published/testland.csv&data=published/%25FF.csv`);
    await eventually(async () => renderedByGroup(s.page), 30_000).toEqual({ testland: want.plotted });
    // The server refuses the path that does not decode (HTTP 400); the name is given as written.
    await eventually(() => s.page.locator('.cl-errors').textContent()).toContain('?data=%FF.csv: could not be loaded (HTTP 400)');
  });

  it('a file without dates: its events on the map at every date as hollow circles, said so in the legend and on click', async () => {
    const nodates = readFileSync(join(import.meta.dirname, '../fixtures/import/geojson-nodates.geojson'), 'utf8');
    await s.page.route('**/published/nodates.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body: nodates }),
    );
    await gotoReady(s.page, `${s.url}?data=published/nodates.geojson`);
    const undated = () =>
      s.page.evaluate(() => {
        type F = { properties: { id: string }; geometry: { coordinates: [number, number] } };
        const w = window as unknown as {
          __claimline: { map: { queryRenderedFeatures: (o: object) => F[]; project: (c: [number, number]) => { x: number; y: number } } };
        };
        const features = w.__claimline.map.queryRenderedFeatures({ layers: ['undated-markers'] });
        return features.map((f) => ({ id: f.properties.id, at: w.__claimline.map.project(f.geometry.coordinates) }));
      });
    await eventually(async () => (await undated()).length, 30_000).toBe(2);
    await eventually(() => s.page.locator('.cl-legend').textContent()).toContain('No date: on the map at every date, not on the timeline');
    // No timeline: there are no days to show.
    await eventually(() => s.page.locator('.cl-bottom').isVisible()).toBe(false);
    const [first] = await undated();
    const canvas = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
    await s.page.mouse.click(canvas.x + first!.at.x, canvas.y + first!.at.y);
    await eventually(() => s.page.locator('.maplibregl-popup').textContent()).toContain('No date in the file');
  });

  it('a file of dated region snapshots: the timeline reaches their dates and the outline of the day is drawn', async () => {
    const regions = readFileSync(join(import.meta.dirname, '../fixtures/import/regions-snapshots.geojson'), 'utf8');
    await gotoReady(s.page, s.url);
    await drop(s.page, [{ name: 'regions-snapshots.geojson', text: regions }]);
    await showOnMap(s.page, 'regions-snapshots.geojson');
    const drawn = () =>
      s.page.evaluate(() => {
        type F = { properties: { id: string } };
        const w = window as unknown as { __claimline: { map: { queryRenderedFeatures: (o: object) => F[] } } };
        const layers = ['region-fill', 'region-line', 'region-line-dashed'];
        return [...new Set(w.__claimline.map.queryRenderedFeatures({ layers }).map((f) => f.properties.id))].filter((id) =>
          id.startsWith('regions-snapshots'),
        );
      });
    await eventually(async () => (await drawn()).length, 30_000).toBeGreaterThan(0);
    // The slider's last day is the snapshots' last date (2024), not the built-in claims' 2022.
    const last = await s.page.evaluate(
      () => (window as unknown as { __claimline: { store: { state: { to: number } } } }).__claimline.store.state.to,
    );
    expect(new Date(last * 86_400_000).getUTCFullYear()).toBe(2024);
  });

  it('?data= from another origin is refused with a message, and nothing is fetched from it', async () => {
    await s.page.goto(`${s.url}?data=https://evil.example/x.csv`);
    await eventually(() => s.page.locator('.cl-errors').textContent()).toContain('evil.example');
  });
});
