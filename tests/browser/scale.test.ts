/**
 * Issue 12 at 100,000 claims: a synthetic ACLED file opened with ?data=, as a publisher would. From
 * COLUMNS_FROM events on, the import worker sends it back as an event file, shown in columns mode,
 * alone (the banner says so). At the fitted view the map shows numbered cells whose counts add up to the window's claims; the table
 * counts the same; both follow the slider; zoomed in, the points drawn are the window's rows and a
 * click on a marker opens that record. The expected numbers come from windowIndex run here, in Node,
 * on the same file (tests/unit/columns-*.test.ts check windowIndex against the per-record rule).
 */
import { describe, expect, it } from 'vitest';
import { acledCsvOf, scaleSet } from '../../scripts/bench/scale-data.ts';
import { MAX_POINTS } from '../../src/data/columns/cells.ts';
import { COLUMNS_FROM } from '../../src/data/columns/from-import.ts';
import { windowIndex } from '../../src/data/columns/filter.ts';
import { columnsFromImported } from '../../src/data/columns/store.ts';
import { importFile } from '../../src/data/import/index.ts';
import { clickIsolatedMarker, counted, drawn, tableCount, type WindowState as State, windowState as state } from './scale-hooks.ts';
import { eventually, gotoReady, useSession, waitIdleAfter } from './harness.ts';

const N = 100_000;
const FILE = acledCsvOf(scaleSet(N, 12));
const events = importFile('scale.csv', new TextEncoder().encode(FILE), { now: '2026-12-02' }).events;
const cols = columnsFromImported(events, {
  group: 'scale',
  dataset: 'scale',
});

const inWindow = (s: State) => windowIndex(cols, { ...s, groups: new Set([0]), plotted: true });

describe('a hundred thousand claims', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('cells and table follow the slider; zoomed in, the points do and a click opens the right record', async () => {
    await s.page.route('**/published/scale.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: FILE }));
    await gotoReady(s.page, `${s.url}?data=published/scale.csv`);
    const all = inWindow(await state(s.page)).length;
    expect(all).toBe(cols.count);
    expect(cols.count).toBeGreaterThanOrEqual(COLUMNS_FROM);
    // Read as columns: shown alone, and a notice (a status, not the error banner) says why.
    const notice = s.page.getByRole('status').filter({ hasText: 'shown on their own' });
    await eventually(() => notice.textContent()).toContain(`scale.csv: ${N.toLocaleString('en')} events, shown on their own.`);
    // The whole set is in view: too many points to read, so cells, whose counts add up to every claim.
    await eventually(() => drawn(s.page), 60_000).toEqual({ cells: all });
    await eventually(() => tableCount(s.page), 30_000).toBe(counted(all));
    // The legend says what a numbered circle is.
    await eventually(() => s.page.locator('.cl-legend').textContent()).toContain('Numbered circle: how many claims an area holds');

    const slider = s.page.getByRole('slider', { name: 'Show incidents up to' });
    for (let step = 0; step < 3; step++) {
      await waitIdleAfter(s.page, () => slider.press('PageDown'));
      const want = inWindow(await state(s.page)).length;
      expect(want).toBeLessThan(all);
      await eventually(() => drawn(s.page)).toEqual(want > MAX_POINTS ? { cells: want } : { points: want });
      await eventually(() => tableCount(s.page)).toBe(counted(want));
    }

    // Zoomed in on a claim of the window: points, all the window's rows drawn; a click opens one.
    // Its details are read from the event file's text (one chunk): the clicked event's own place.
    const id = await clickIsolatedMarker(s.page, cols, [...inWindow(await state(s.page))]);
    await eventually(() => s.page.locator('.cl-details').isVisible()).toBe(true);
    const place = events[cols.ids.indexOf(id)]?.place_name as string;
    expect(place).toMatch(/^Place \d+/);
    await eventually(() => s.page.locator('#cl-details-title').textContent(), 30_000).toContain(place);
  }, 180_000);
});
