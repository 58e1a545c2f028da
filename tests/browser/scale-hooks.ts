/**
 * What the large-data browser tests read from the page (scale, columns): the window, what the map
 * draws for it (the GPU layer's test hook: `{ points }` or `{ cells }`), and the claims table's count.
 */
import type { Page } from 'playwright-core';

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
