// tiles.html, the PMTiles viewer: an archive built here from a fixture with the project's own
// build function (scripts/tiles/build-archive.ts), put next to the built dist/, read by maplibre
// over Range requests; the rendered points, the date range, a click's text, and the errors.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/tiles/build-archive.ts';
import { pmtilesParts } from '../../scripts/tiles/pmtiles-write.ts';
import { columnsFromImported } from '../../src/data/columns/store.ts';
import { dayFromDate } from '../../src/data/day.ts';
import { importFile } from '../../src/data/import/index.ts';
import { eventually, useSession } from './harness.ts';

const DIST = process.env.CLAIMLINE_DIST ?? join(import.meta.dirname, '..', '..', 'dist');
const DIR = join(DIST, 'tiles-view-test');
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'import', 'acled', 'current.csv');
const bytes = readFileSync(FIXTURE);
// The fixture's rows as the archive numbers them: days relative to its first day, ids "current-…".
const cols = columnsFromImported(importFile('current.csv', bytes).events, { group: 'current', dataset: 'current' });
const rows = Array.from(cols.ids, (id, i) => ({
  id,
  day: cols.day[i] as number,
  end: cols.dayEnd[i] as number,
  lon: cols.lon[i] as number,
  lat: cols.lat[i] as number,
}));
const rel = (date: string) => dayFromDate(date) - cols.firstDay;
const inWindow = (from: number, to: number) =>
  rows
    .filter((r) => r.day <= to && r.end >= from)
    .map((r) => r.id)
    .sort();

beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  const built = buildArchive('current.csv', bytes, { minZoom: 0, maxZoom: 8, maxFeatures: 1000 });
  writeFileSync(join(DIR, 'current.pmtiles'), Buffer.concat(built.parts ?? []));
  // A valid archive whose metadata lacks `claimline`: a PMTiles file from another tool.
  writeFileSync(
    join(DIR, 'plain.pmtiles'),
    Buffer.concat(pmtilesParts([], { minZoom: 0, maxZoom: 0, bounds: [0, 0, 1, 1], center: [0.5, 0.5, 0], metadata: { name: 'plain' } })),
  );
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page (WCAG 2.2 A/AA, best practices), the canvas left out as in a11y.test.ts. */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Axe = { run: (c: object, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
    const { axe } = window as unknown as { axe: Axe };
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const result = await axe.run(
      { include: [['body']], exclude: [['.maplibregl-canvas']] },
      { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

type Hook = {
  __claimlineTiles: {
    map: {
      queryRenderedFeatures: (o: object) => { properties: { id: string } }[];
      project: (p: [number, number]) => { x: number; y: number };
    };
  };
};

/** Ids of the points drawn by a layer (a point near a tile's edge is in two tiles: once here). */
const rendered = (page: Page, layer = 'tile-claims') =>
  page.evaluate((id) => {
    const { map } = (window as unknown as Hook).__claimlineTiles;
    return [...new Set(map.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties.id))].sort();
  }, layer);

describe('the tile viewer', () => {
  const session = useSession();
  const open = async (query: string) => {
    const tileStatuses: number[] = [];
    session.page.on('response', (r) => {
      if (new URL(r.url()).pathname.endsWith('.pmtiles')) tileStatuses.push(r.status());
    });
    await session.page.goto(`${session.url}tiles.html${query}`);
    return tileStatuses;
  };

  it('draws the archive’s points from Range requests and filters them by the date range', async () => {
    const statuses = await open('?src=tiles-view-test/current.pmtiles');
    const page = session.page;
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 45_000 });
    await eventually(() => rendered(page)).toEqual(inWindow(0, 2 ** 30 - 1));
    expect(rows.length).toBe(4);
    // Header and directory, then the tiles: every answer a partial one.
    expect(statuses.length).toBeGreaterThan(1);
    expect(new Set(statuses)).toEqual(new Set([206]));
    await eventually(() => page.locator('.tv-legend li').allTextContents()).toEqual(['current']);
    await eventually(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Armed Conflict Location & Event Data (ACLED)');
    await eventually(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('ACLED Terms of Use');
    await eventually(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Natural Earth');

    await page.getByLabel('From', { exact: true }).fill('2024-09-01');
    await eventually(() => rendered(page)).toEqual(inWindow(rel('2024-09-01'), 2 ** 30 - 1));
    await page.getByLabel('To', { exact: true }).fill('2024-10-31');
    const expected = inWindow(rel('2024-09-01'), rel('2024-10-31'));
    expect(expected.length).toBe(1);
    await eventually(() => rendered(page)).toEqual(expected);
    await page.screenshot({ path: join(process.env.TILES_SHOT_DIR ?? '/tmp', 'tiles-view.png') });
    expect(session.foreignRequests).toEqual([]);
  });

  it('a click on a point shows what its tile carries, as text', async () => {
    await open('?src=tiles-view-test/current.pmtiles&lang=en');
    const page = session.page;
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 45_000 });
    const row = rows.find((r) => r.id === 'current-tst1003');
    if (!row) throw new Error('fixture: no TST1003');
    await eventually(() => rendered(page)).toContain(row.id);
    const at = await page.evaluate(
      ([lon, lat]) => (window as unknown as Hook).__claimlineTiles.map.project([lon as number, lat as number]),
      [row.lon, row.lat],
    );
    await page.locator('.tv-map canvas').click({ position: { x: at.x, y: at.y } });
    const panel = page.locator('.tv-point');
    await eventually(() => panel.locator('dd').allTextContents()).toEqual([
      row.id,
      '1 August 2024 – 31 August 2024',
      'current',
      'Protests',
      'a wider area or direction',
    ]);
    await eventually(() => panel.textContent()).toContain('the full record');
    await eventually(() => rendered(page, 'tile-claims-picked')).toEqual([row.id]);
    expect(await audit(page)).toEqual([]);
    await page.screenshot({ path: join(process.env.TILES_SHOT_DIR ?? '/tmp', 'tiles-view-point.png') });
  });

  it('Enter on the focused map shows the point at its centre', async () => {
    await open('?src=tiles-view-test/current.pmtiles');
    const page = session.page;
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 45_000 });
    const row = rows.find((r) => r.id === 'current-tst1003');
    if (!row) throw new Error('fixture: no TST1003');
    await page.evaluate(
      ([lon, lat]) => {
        const { map } = (window as unknown as { __claimlineTiles: { map: { jumpTo: (o: object) => void } } }).__claimlineTiles;
        map.jumpTo({ center: [lon, lat] });
      },
      [row.lon, row.lat],
    );
    await eventually(() => rendered(page)).toContain(row.id);
    await page.locator('.tv-map canvas').focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('.tv-point dd').first().textContent()).toBe(row.id);
  });

  it('speaks the language ?lang= names', async () => {
    await open('?src=tiles-view-test/current.pmtiles&lang=hy');
    const page = session.page;
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 45_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hy');
    await eventually(() => page.locator('.tv-range legend').textContent()).toBe('Ցուցադրվող ամսաթվերը');
  });

  it('a language link in the header opens the same archive in that language', async () => {
    await open('?src=tiles-view-test/current.pmtiles&lang=en');
    const page = session.page;
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 45_000 });
    const nav = page.getByRole('navigation', { name: 'Language' });
    expect(await nav.locator('a[aria-current="true"]').textContent()).toBe('English');
    await nav.getByRole('link', { name: 'Русский' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/lang=ru/);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 45_000 });
    expect(new URL(page.url()).searchParams.get('src')).toBe('tiles-view-test/current.pmtiles');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await eventually(() => page.getByRole('navigation', { name: 'Язык' }).locator('a[aria-current="true"]').textContent()).toBe('Русский');
  });

  for (const [query, message] of [
    ['', 'No archive named'],
    ['?src=https://tiles.example.org/a.pmtiles', 'this page does not load archives from https://tiles.example.org'],
    ['?src=javascript:alert(1)', 'is not an http(s) address'],
    ['?src=tiles-view-test/missing.pmtiles', 'missing.pmtiles could not be read'],
    ['?src=tiles.html', 'tiles.html is not a PMTiles version 3 archive'],
    ['?src=tiles-view-test/plain.pmtiles', 'plain.pmtiles has no “claimline” metadata'],
  ] as const)
    it(`says what is wrong: ${query || 'no ?src'}`, async () => {
      // The missing file's 404 is logged by the browser.
      session.allowConsoleErrors();
      await open(query);
      await eventually(() => session.page.locator('.tv-error').textContent()).toContain(message);
      expect(await session.page.locator('.tv-error').isVisible()).toBe(true);
    });
});
