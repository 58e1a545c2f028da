/**
 * With WebGL switched off (as on some locked-down school and office machines) the page says the
 * interactive map needs WebGL, and still gives everything else: a still map of the window drawn
 * as SVG, the timeline, the claims table with details and sources, the window's numbers and a
 * story's text. The claims drawn on the still map are the claims the data has for the window.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, urlParam, useSession } from './harness.ts';

type Props = { id: string; day: number; day_end: number; context: boolean; claimant_side: string; sources: { url: string }[] };
const incidents: { geometry: unknown; properties: Props }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/incidents.geojson'), 'utf8'),
).features;
const day = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const inWindow = (from: number, to: number) =>
  incidents.filter((f) => !f.properties.context && f.properties.day <= to && f.properties.day_end >= from);

describe('without WebGL', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 }, args: ['--disable-webgl', '--disable-3d-apis'] });
  const first = Math.min(...incidents.filter((f) => !f.properties.context).map((f) => f.properties.day));

  it('says plainly that the interactive map needs WebGL, and draws a still map of the window', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    expect(await s.page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);
    await eventually(() => s.page.locator('.cl-still-note').textContent()).toMatch(/needs WebGL/);
    expect(await s.page.locator('.cl-errors').isHidden()).toBe(true);
    expect(await s.page.locator('.maplibregl-canvas').count()).toBe(0);
    // Land and the claims in the window, with the data's count.
    expect(await s.page.locator('.cl-still__land path').count()).toBeGreaterThan(5);
    const plotted = inWindow(first, day('2022-09-13')).filter((f) => f.geometry).length;
    await eventually(() => s.page.locator('.cl-still__claim').count()).toBe(plotted);
    // It follows the slider.
    await s.page.getByRole('slider', { name: 'Show incidents up to' }).press('End');
    const all = inWindow(first, day('2022-09-30')).filter((f) => f.geometry).length;
    await eventually(() => s.page.locator('.cl-still__claim').count()).toBe(all);
    await s.page.getByRole('checkbox', { name: 'Incident-claims' }).uncheck();
    await eventually(() => s.page.locator('.cl-still__claim').count()).toBe(0);
  });

  it('the timeline, the numbers, the claims table with details and sources all work', async () => {
    await gotoReady(s.page, `${s.url}?from=2022-09-12&to=2022-09-14`);
    const shown = inWindow(day('2022-09-12'), day('2022-09-14'));
    await eventually(() => s.page.locator('.cl-table tbody tr').count()).toBe(shown.length);
    await eventually(() => s.page.locator('.cl-summary tfoot td').first().textContent()).toBe(String(shown.length));
    expect(await s.page.locator('.cl-timeline__bar').count()).toBeGreaterThan(0);
    const row = s.page.locator('.cl-table__open').first();
    const id = await row.getAttribute('data-id');
    await row.click();
    await eventually(() => s.page.locator('.cl-details').isVisible()).toBe(true);
    await urlParam(s.page, 'incident').toBe(id);
    const record = incidents.find((f) => f.properties.id === id);
    const web = record?.properties.sources.filter((x) => /^https?:/.test(x.url)).length ?? 0;
    await eventually(() => s.page.locator('.cl-details__fields .cl-details__sources a').count()).toBe(web);
    // A mark on the still map opens its claim too.
    await s.page.locator('.cl-details').getByRole('button', { name: 'Close' }).click();
    const mark = s.page.locator('.cl-still__claim').first();
    const markId = await mark.getAttribute('data-id');
    await mark.click();
    await urlParam(s.page, 'incident').toBe(markId);
  });

  it('tells a story: its text, steps and claims', async () => {
    await gotoReady(s.page, `${s.url}?story=two-days-september-2022&step=2`);
    await eventually(() => s.page.locator('.cl-story__count').textContent()).toBe('Step 2 of 6');
    expect((await s.page.locator('.cl-story__body').textContent())?.length).toBeGreaterThan(100);
    await s.page.getByRole('button', { name: 'Next →' }).click();
    await eventually(() => s.page.locator('.cl-story__count').textContent()).toBe('Step 3 of 6');
    await eventually(() => s.page.locator('.cl-still__claim').count()).toBeGreaterThan(0);
  });
});
