/**
 * The table of claims in the window: sortable, keyboard navigable, and in step with the map both
 * ways (a row opens the claim on the map; a marker clicked on the map marks and reveals its row).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, useSession } from './harness.ts';

type Props = { id: string; day: number; day_end: number; context: boolean; fatalities_claimed: number | null };
const incidents: { geometry: { coordinates: [number, number] } | null; properties: Props }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/incidents.geojson'), 'utf8'),
).features;
const day = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
type W = {
  __claimline: {
    map: {
      queryRenderedFeatures: (o: object) => { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
      project: (c: [number, number]) => { x: number; y: number };
    };
    store: { state: { selected: string | null } };
  };
};

describe('the claims table', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('sorts by a column, with aria-sort saying how', async () => {
    const from = day('2022-09-12');
    const to = day('2022-09-14');
    await gotoReady(s.page, `${s.url}?from=2022-09-12&to=2022-09-14`);
    const inWindow = incidents.map((f) => f.properties).filter((p) => !p.context && p.day <= to && p.day_end >= from);
    await eventually(() => s.page.locator('.cl-table tbody tr').count()).toBe(inWindow.length);
    const deaths = s.page.getByRole('button', { name: 'Deaths claimed' });
    await deaths.click();
    await eventually(() => s.page.locator('th.cl-table__deaths').getAttribute('aria-sort')).toBe('descending');
    const highest = Math.max(...inWindow.map((p) => p.fatalities_claimed ?? -1));
    await eventually(() => s.page.locator('.cl-table tbody tr').first().locator('.cl-table__deaths').textContent()).toBe(String(highest));
    await deaths.click();
    await eventually(() => s.page.locator('th.cl-table__deaths').getAttribute('aria-sort')).toBe('ascending');
    const lowest = Math.min(...inWindow.filter((p) => p.fatalities_claimed !== null).map((p) => p.fatalities_claimed!));
    await eventually(() => s.page.locator('.cl-table tbody tr').first().locator('.cl-table__deaths').textContent()).toBe(String(lowest));
  });

  it('one tab stop, ↑/↓ between rows, Enter opens the claim and the map marks it', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    const buttons = s.page.locator('.cl-table__open');
    await eventually(() => s.page.locator('.cl-table__open[tabindex="0"]').count()).toBe(1);
    await buttons.first().focus();
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('ArrowDown');
    const id = await s.page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    expect(id).toBe(await buttons.nth(2).getAttribute('data-id'));
    await s.page.keyboard.press('Enter');
    await eventually(() => s.page.evaluate(() => (window as unknown as W).__claimline.store.state.selected)).toBe(id);
    await eventually(() => s.page.locator(`.cl-table__open[data-id="${id}"]`).getAttribute('aria-current')).toBe('true');
  });

  it('a marker clicked on the map marks its row and scrolls it into view', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-30&map=7.00/39.9000/45.9000`);
    // A claim late in the date order, so its row starts out of view.
    const target = await s.page.evaluate(() => {
      const map = (window as unknown as W).__claimline.map;
      const features = map.queryRenderedFeatures({ layers: ['incident-markers'] }).filter((f) => f.properties.id.startsWith('2022-09-2'));
      const f = features[0]!;
      return { id: f.properties.id, ...map.project(f.geometry.coordinates) };
    });
    const row = s.page.locator(`tr[data-id="${target.id}"]`);
    const inScroller = () =>
      row.evaluate((tr) => {
        const scroller = tr.closest('.cl-table__scroll')!.getBoundingClientRect();
        const r = tr.getBoundingClientRect();
        return r.top >= scroller.top - 1 && r.bottom <= scroller.bottom + 1;
      });
    expect(await inScroller()).toBe(false);
    const box = (await s.page.locator('.cl-map canvas').boundingBox())!;
    await s.page.mouse.click(box.x + target.x, box.y + target.y);
    const selected = await s.page.evaluate(() => (window as unknown as W).__claimline.store.state.selected);
    // Markers can overlap: the click selects one of the claims drawn at that point.
    const atPoint = await s.page.evaluate((t) => {
      const map = (window as unknown as W).__claimline.map;
      return map
        .queryRenderedFeatures({ layers: ['incident-markers'] })
        .filter((f) => {
          const p = map.project(f.geometry.coordinates);
          return Math.abs(p.x - t.x) <= 8 && Math.abs(p.y - t.y) <= 8;
        })
        .map((f) => f.properties.id);
    }, target);
    expect(atPoint).toContain(selected);
    const selectedRow = s.page.locator(`tr[data-id="${selected}"]`);
    await eventually(() => selectedRow.getAttribute('class')).toMatch(/cl-table__row--selected/);
    const inView = await selectedRow.evaluate((tr) => {
      const scroller = tr.closest('.cl-table__scroll')!.getBoundingClientRect();
      const r = tr.getBoundingClientRect();
      return r.top >= scroller.top - 1 && r.bottom <= scroller.bottom + 1;
    });
    expect(inView).toBe(true);
  });
});
