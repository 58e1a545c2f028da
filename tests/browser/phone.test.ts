/**
 * The phone layout at 375 × 667: the map stays on screen between a compact header and the
 * timeline sheet; the side panel and the details open as bottom sheets; every control a finger
 * uses is at least 44 px; nothing overflows sideways.
 */
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, renderedIncidentIds, urlParam, useSession } from './harness.ts';

type Box = { x: number; y: number; width: number; height: number };

describe('phones (375 × 667)', () => {
  const s = useSession({ viewport: { width: 375, height: 667 } });

  /** Visible controls smaller than 44 px, with what they are. */
  const smallTargets = () =>
    s.page.evaluate(() => {
      const visible = (n: Element) => {
        const r = n.getBoundingClientRect();
        const style = getComputedStyle(n);
        return r.width > 2 && r.height > 2 && style.visibility !== 'hidden' && r.bottom > 0 && r.top < innerHeight;
      };
      const small: string[] = [];
      for (const n of document.querySelectorAll(
        'button, select, summary, [role="slider"], input[type="checkbox"], input[type="radio"], .cl-lang a',
      )) {
        if (!visible(n)) continue;
        // A checkbox or radio is used through its row or label.
        const target = n.matches('input') ? (n.closest('.cl-checks__row') ?? (n as HTMLInputElement).labels?.[0] ?? n) : n;
        const r = target.getBoundingClientRect();
        if (r.height < 44 || r.width < 44)
          small.push(
            `${n.tagName.toLowerCase()}.${(n as HTMLElement).className || ''} "${(n.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
      }
      return small;
    });

  it('keeps the map on screen with the timeline as a sheet at the bottom, and big enough targets', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    const boxes = await s.page.evaluate(() => {
      const box = (sel: string) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return { map: box('.cl-map'), bottom: box('.cl-bottom'), overflow: document.documentElement.scrollWidth - innerWidth };
    });
    const map = boxes.map as Box;
    const bottom = boxes.bottom as Box;
    expect(map.width).toBe(375);
    expect(map.height).toBeGreaterThanOrEqual(240);
    expect(Math.round(bottom.y + bottom.height)).toBe(667);
    expect(map.y + map.height).toBeLessThanOrEqual(bottom.y + 1);
    expect(boxes.overflow).toBeLessThanOrEqual(0);
    expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(5);
    expect(await smallTargets()).toEqual([]);
  });

  it('opens the side panel as a bottom sheet and closes it with Escape, focus back on its button', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    const open = s.page.getByRole('button', { name: 'Claims, filters and legend' });
    await eventually(() => s.page.locator('.cl-side').isVisible()).toBe(false);
    await open.click();
    await eventually(() => open.getAttribute('aria-expanded')).toBe('true');
    const sheet = (await s.page.locator('.cl-side').boundingBox())!;
    expect(Math.round(sheet.y + sheet.height)).toBe(667);
    expect(sheet.width).toBeGreaterThanOrEqual(374);
    expect(await smallTargets()).toEqual([]);
    await s.page.getByRole('checkbox', { name: 'Third parties' }).uncheck();
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sides') === 'armenia,azerbaijan,independent');
    await s.page.keyboard.press('Escape');
    await eventually(() => s.page.locator('.cl-side').isVisible()).toBe(false);
    await eventually(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('Claims, filters and legend');
  });

  it('shows a story in the bottom bar, with the map still on screen', async () => {
    await gotoReady(s.page, `${s.url}?story=two-days-september-2022&step=2`);
    const story = s.page.locator('.cl-story');
    await story.waitFor();
    const box = (await story.boundingBox())!;
    const map = (await s.page.locator('.cl-map').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(667 + 1);
    expect(box.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(map.height).toBeGreaterThanOrEqual(150);
    await s.page.getByRole('button', { name: 'Next →' }).click();
    await eventually(() => s.page.locator('.cl-story__count').textContent()).toBe('Step 3 of 6');
    expect(await smallTargets()).toEqual([]);
  });

  it('shows a claim’s details as a bottom sheet over the map', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13&incident=2022-09-13-jermuk-armenia-mod`);
    const details = (await s.page.locator('.cl-details').boundingBox())!;
    expect(Math.round(details.y + details.height)).toBe(667);
    expect(details.width).toBe(375);
    expect(details.height).toBeLessThanOrEqual(667 * 0.7 + 1);
    await s.page.getByRole('button', { name: 'Close' }).first().click();
    await eventually(() => s.page.locator('.cl-details').isHidden()).toBe(true);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('phones: the side sheet and the details never stack', () => {
  const s = useSession({ viewport: { width: 375, height: 667 } });

  it('a claim tapped in the sheet’s table opens its details over a live map: × and Escape close them, focus stays visible', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    await s.page.getByRole('button', { name: 'Claims, filters and legend' }).click();
    const row = s.page.locator('.cl-table__open').nth(3);
    const id = await row.getAttribute('data-id');
    await row.click();
    const details = s.page.locator('.cl-details');
    await eventually(() => details.isVisible()).toBe(true);
    // The sheet closed: nothing behind the details is inert, and focus is on the details' heading.
    await eventually(() => s.page.evaluate(() => [...document.querySelectorAll('[inert]')].length)).toBe(0);
    await eventually(() => s.page.evaluate(() => document.activeElement?.id)).toBe('cl-details-title');
    await urlParam(s.page, 'incident').toBe(id);
    await s.page.keyboard.press('Escape');
    await eventually(() => details.isHidden()).toBe(true);
    await urlParam(s.page, 'incident').toBeNull();
    // Focus is on something the reader can see, not on the row hidden in the closed sheet.
    await eventually(() => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.checkVisibility() ?? false)).toBe(true);

    await s.page.getByRole('button', { name: 'Claims, filters and legend' }).click();
    await s.page.locator('.cl-table__open').nth(3).click();
    await eventually(() => details.isVisible()).toBe(true);
    await s.page.locator('.cl-details').getByRole('button', { name: 'Close' }).click();
    await eventually(() => details.isHidden()).toBe(true);
  });

  it('widening the window with the sheet open leaves no part of the page inert', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    await s.page.getByRole('button', { name: 'Claims, filters and legend' }).click();
    await eventually(() => s.page.evaluate(() => document.querySelectorAll('[inert]').length)).toBeGreaterThan(0);
    await s.page.setViewportSize({ width: 1280, height: 800 });
    await eventually(() => s.page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    // The page responds: the side panel's filters and the timeline work.
    await s.page.getByRole('checkbox', { name: 'Third parties' }).uncheck();
    await urlParam(s.page, 'sides').toBe('armenia,azerbaijan,independent');
    await s.page.getByRole('slider', { name: 'Show incidents up to' }).press('ArrowLeft');
    await urlParam(s.page, 'date').toBe('2022-09-12');
    await s.page.setViewportSize({ width: 375, height: 667 });
  });
});
