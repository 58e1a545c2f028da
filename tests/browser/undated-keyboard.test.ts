/**
 * Events without a date by keyboard: the map's hollow circles take a pointer, the table lists dated
 * claims only, so the side panel lists them ("Events without a date (N)"). Tab reaches an entry,
 * its focus is visible, Enter opens what a click on its circle shows, and axe finds nothing serious;
 * on a phone, with no timeline, the button to the side panel stays; an embed lists them in its legend.
 * The fixture is a GeoJSON file of two points and no dates, loaded with `?data=`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from './axe-audit.ts';
import { eventually, gotoReady, useSession } from './harness.ts';

const NODATES = readFileSync(join(import.meta.dirname, '../fixtures/import/geojson-nodates.geojson'), 'utf8');

describe('events without a date, by keyboard', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });
  const open = async (query = '') => {
    await s.page.route('**/published/nodates.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body: NODATES }),
    );
    await gotoReady(s.page, `${s.url}?data=published/nodates.geojson${query}`);
  };
  const list = () => s.page.getByRole('region', { name: 'Events without a date (2)' });

  it('Tab reaches an entry, with visible focus; Enter opens its details', async () => {
    await open();
    await eventually(() => list().locator('summary').allTextContents()).toEqual(['Checkpoint A', 'Checkpoint B']);
    // Tab from the top of the page until an entry has focus: it is in the tab order, nothing skips it.
    const focused = () =>
      s.page.evaluate(() => (document.activeElement?.closest('.cl-undated-list') ? document.activeElement.textContent : null));
    let reached: string | null = null;
    for (let i = 0; i < 120 && !reached; i++) {
      await s.page.keyboard.press('Tab');
      reached = await focused();
    }
    expect(reached).toBe('Checkpoint A');
    const entry = list().locator('summary').first();
    expect(await entry.evaluate((n) => n.matches(':focus-visible') && getComputedStyle(n).outlineStyle !== 'none')).toBe(true);
    await s.page.keyboard.press('Enter');
    const details = list().locator('details').first();
    await eventually(() => details.getAttribute('open')).toBe('');
    await eventually(() => details.textContent()).toContain('No date in the file');
    await eventually(() => details.locator('h3').textContent()).toBe('Checkpoint A');
    // Enter again folds it, as a click on the summary would.
    await s.page.keyboard.press('Enter');
    await eventually(() => details.getAttribute('open')).toBeNull();
  });

  it('with an entry open: no serious or critical axe violation', async () => {
    await open();
    await list().locator('summary').nth(1).click();
    await eventually(() => list().locator('details[open]').textContent()).toContain('No date in the file');
    expect(await audit(s)).toEqual([]);
  });

  it('is labelled in the interface language', async () => {
    await open('&lang=ru');
    await eventually(() => s.page.locator('.cl-undated-list h2').textContent()).toBe('События без даты (2)');
  });

  it('an embed lists them in its legend, which stays without a timeline', async () => {
    await open('&embed');
    await s.page.locator('.cl-embed-legend > summary').focus();
    await s.page.keyboard.press('Enter');
    await eventually(() => list().isVisible()).toBe(true);
  });

  it('on a phone, the side panel (and so the list) still opens: no timeline, but its button stays', async () => {
    await s.page.setViewportSize({ width: 375, height: 667 });
    await open();
    await s.page.locator('.cl-sheet-open').focus();
    await s.page.keyboard.press('Enter');
    await eventually(() => list().isVisible()).toBe(true);
    await eventually(() => s.page.locator('.cl-timeline').isVisible()).toBe(false);
  });
});
