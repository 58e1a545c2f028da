/**
 * A long claims table: a 20,000-event file opened with ?data= lists every claim in its count and
 * aria-rowcount but keeps only the rows in view in the DOM; scrolling and the keyboard reach the
 * last row, a claim selected elsewhere is revealed, and a print lists a capped number of rows and
 * says so.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/import/index.ts';
import { acledCsv } from '../../scripts/bench/import-csv.ts';
import { eventually, gotoReady, useSession } from './harness.ts';

const CSV = acledCsv(20_000, 12);
const DATED = importFile('long.csv', new TextEncoder().encode(CSV), { now: '2026-12-02' }).events.filter((e) => e.date !== null).length;
type W = { __claimline: { store: { state: { selected: string | null }; update: (p: object, i: object) => void } } };

/** The rows in the DOM: their place in the list (aria-rowindex, header = 1) and whether each is in the scroller's view. */
function rows(page: Page) {
  return page.evaluate(() => {
    const scroller = document.querySelector('.cl-table__scroll')!.getBoundingClientRect();
    const head = document.querySelector('.cl-table thead')!.getBoundingClientRect().height;
    return [...document.querySelectorAll<HTMLElement>('.cl-table tbody tr[data-id]')].map((tr) => {
      const r = tr.getBoundingClientRect();
      return {
        index: Number(tr.getAttribute('aria-rowindex')),
        id: tr.dataset.id!,
        height: Math.round(r.height),
        inView: r.top >= scroller.top + head - 1 && r.bottom <= scroller.bottom + 1,
      };
    });
  });
}

describe('a long claims table', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('20,000 claims: few rows in the DOM, the whole count, and scrolling, End and a selection reach the last', async () => {
    expect(DATED).toBeGreaterThan(19_000);
    await s.page.route('**/published/long.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: CSV }));
    await gotoReady(s.page, `${s.url}?data=published/long.csv`);
    await eventually(() => s.page.locator('.cl-table__count').textContent(), 30_000).toBe(
      `${DATED.toLocaleString('en')} incident-claims in this window`,
    );
    expect(await s.page.locator('.cl-table table').getAttribute('aria-rowcount')).toBe(String(DATED + 1));
    const first = await rows(s.page);
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(80);
    expect(first[0]?.index).toBe(2);
    // One height for every row: the windowing math counts on it.
    expect(new Set(first.map((r) => r.height)).size).toBe(1);

    // Scrolled to the end: the last claim's row is there and in view, and the DOM still holds few.
    await s.page.locator('.cl-table__scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await eventually(async () => (await rows(s.page)).some((r) => r.index === DATED + 1 && r.inView)).toBe(true);
    expect((await rows(s.page)).length).toBeLessThan(80);

    // Back to the top; one tab stop; End and Home move focus to the ends, PageDown by ten.
    await s.page.locator('.cl-table__scroll').evaluate((el) => {
      el.scrollTop = 0;
    });
    await eventually(async () => (await rows(s.page))[0]?.index).toBe(2);
    await eventually(() => s.page.locator('.cl-table__open[tabindex="0"]').count()).toBe(1);
    await s.page.locator('.cl-table__open[tabindex="0"]').focus();
    const focused = () =>
      s.page.evaluate(() => {
        const b = document.activeElement as HTMLElement;
        return { pos: Number(b.dataset.pos), tabindex: b.getAttribute('tabindex'), id: b.dataset.id };
      });
    await s.page.keyboard.press('End');
    await eventually(() => focused()).toMatchObject({ pos: DATED - 1, tabindex: '0' });
    await eventually(async () => (await rows(s.page)).find((r) => r.index === DATED + 1)?.inView).toBe(true);
    expect(await s.page.locator('.cl-table__open[tabindex="0"]').count()).toBe(1);
    await s.page.keyboard.press('Home');
    await eventually(() => focused()).toMatchObject({ pos: 0 });
    await s.page.keyboard.press('PageDown');
    await s.page.keyboard.press('ArrowDown');
    await eventually(async () => (await focused()).pos).toBe(11);
    const eleventh = await focused();
    await s.page.keyboard.press('Enter');
    await eventually(() => s.page.evaluate(() => (window as unknown as W).__claimline.store.state.selected)).toBe(eleventh.id);
    // The details take focus once their view has loaded (a chunk of its own): wait, or it takes it back from the table below.
    await eventually(() => s.page.evaluate(() => document.activeElement?.id)).toBe('cl-details-title');

    // A claim selected elsewhere (as by a marker on the map) is marked and scrolled into view.
    await s.page.locator('.cl-table__open[tabindex="0"]').focus();
    await s.page.keyboard.press('End');
    await eventually(async () => (await focused()).pos).toBe(DATED - 1);
    const last = (await focused()).id!;
    await s.page.keyboard.press('Home');
    await s.page.evaluate((id) => (window as unknown as W).__claimline.store.update({ selected: id }, { history: 'none' }), last);
    const row = s.page.locator(`tr[data-id="${last}"]`);
    await eventually(() => row.getAttribute('class')).toMatch(/cl-table__row--selected/);
    expect((await rows(s.page)).find((r) => r.id === last)?.inView).toBe(true);

    // Sorting the whole list by toll: the header says so and the DOM still holds few rows.
    await s.page.getByRole('button', { name: 'Deaths claimed' }).click();
    await eventually(() => s.page.locator('th.cl-table__deaths').getAttribute('aria-sort')).toBe('descending');
    expect((await rows(s.page)).length).toBeLessThan(80);

    // A print lists the first 2,000 and says the list is cut.
    await s.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await s.page.emulateMedia({ media: 'print' });
    await eventually(() => s.page.locator('.cl-table tbody tr[data-id]').count()).toBe(2000);
    await eventually(() => s.page.locator('.cl-table__cut').textContent()).toContain('first 2,000 of');
    expect(await s.page.locator('.cl-table__cut').isVisible()).toBe(true);
    await s.page.emulateMedia({ media: 'screen' });
    await s.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await eventually(async () => (await rows(s.page)).length).toBeLessThan(80);
    expect(await s.page.locator('.cl-table__cut').isVisible()).toBe(false);
    expect(s.consoleErrors).toEqual([]);
  }, 120_000);
});

describe('a long claims table on a phone', () => {
  const s = useSession({ viewport: { width: 375, height: 667 } });

  it('in the sheet, the list scrolls in its own box and End reaches the last claim', async () => {
    await s.page.route('**/published/long.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: CSV }));
    await gotoReady(s.page, `${s.url}?data=published/long.csv`);
    await s.page.getByRole('button', { name: 'Claims, filters and legend' }).click();
    await eventually(async () => (await rows(s.page)).filter((r) => r.inView).length).toBeGreaterThan(3);
    const shown = await rows(s.page);
    expect(shown.length).toBeLessThan(80);
    expect(new Set(shown.map((r) => r.height)).size).toBe(1);
    await s.page.locator('.cl-table__open[tabindex="0"]').focus();
    await s.page.keyboard.press('End');
    await eventually(() => s.page.evaluate(() => Number((document.activeElement as HTMLElement).dataset.pos))).toBe(DATED - 1);
    await eventually(async () => (await rows(s.page)).find((r) => r.index === DATED + 1)?.inView).toBe(true);
    expect(s.consoleErrors).toEqual([]);
  }, 120_000);
});
