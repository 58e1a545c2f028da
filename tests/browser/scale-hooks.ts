/**
 * What the large-data browser tests read from the page (scale, columns): the window, what the map
 * draws for it (the GPU layer's test hook: `{ points }` or `{ cells }`), and the claims table's count.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { eventually, waitIdleAfter } from './harness.ts';
import type { Names } from '../../src/data/columns/names.ts';

export type WindowState = { mode: 'asof' | 'range'; from: number; to: number };
export type MapHooks = {
  __claimlineDrawn?: () => unknown;
  project: (c: [number, number]) => { x: number; y: number };
  jumpTo: (o: object) => void;
};
/** The page's window object as the tests see it. */
export type W = { __claimline: { store: { state: WindowState & { selected: string | null } }; map: MapHooks } };

export const windowState = (page: Page): Promise<WindowState> =>
  page.evaluate(() => {
    const s = (window as unknown as W).__claimline.store.state;
    return { mode: s.mode, from: s.from, to: s.to };
  });
export const drawn = (page: Page) => page.evaluate(() => (window as unknown as W).__claimline.map.__claimlineDrawn?.() ?? null);
export const tableCount = (page: Page) => page.locator('.cl-table__count').textContent();
export const counted = (n: number) => `${n.toLocaleString('en')} incident-claims in this window`;

/**
 * Zooms to the detail zoom on the middle row of `rows` (a window's row indices into `cols`), waits
 * until the map draws the window's points, then clicks a marker alone within 20 px, away from the
 * edges and controls. Returns that marker's id.
 */
export async function clickIsolatedMarker(
  page: Page,
  cols: { lon: Float32Array; lat: Float32Array; ids: Names },
  rows: readonly number[],
): Promise<string> {
  const pick = rows[Math.floor(rows.length / 2)] as number;
  const at: [number, number] = [cols.lon[pick] as number, cols.lat[pick] as number];
  await waitIdleAfter(page, () => page.evaluate((c) => (window as unknown as W).__claimline.map.jumpTo({ center: c, zoom: 12 }), at));
  await eventually(() => drawn(page), 30_000).toEqual({ points: rows.length });
  const near = rows
    .filter((r) => Math.abs((cols.lon[r] as number) - at[0]) < 0.3 && Math.abs((cols.lat[r] as number) - at[1]) < 0.3)
    .map((r) => ({ id: cols.ids.at(r) as string, at: [cols.lon[r], cols.lat[r]] as [number, number] }));
  const target = await page.evaluate((list) => {
    const map = (window as unknown as W).__claimline.map;
    const px = list.map((r) => ({ id: r.id, ...map.project(r.at) }));
    return px.find(
      (p) => p.x > 100 && p.y > 100 && p.x < 800 && p.y < 500 && px.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 20),
    );
  }, near);
  expect(target, 'an isolated marker in view').toBeDefined();
  const box = (await page.locator('.cl-map canvas').boundingBox())!;
  await page.mouse.click(box.x + target!.x, box.y + target!.y);
  await eventually(() => page.evaluate(() => (window as unknown as W).__claimline.store.state.selected)).toBe(target!.id);
  return target!.id;
}
