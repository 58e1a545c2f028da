/**
 * A file of COLUMNS_FROM events or more opened on the built-in dataset: the worker builds its event
 * file, the dialog reports it as any file (counts, the problem row with its line and column), and
 * "Show on map" shows it alone, in columns mode, a notice (a status, not the error banner) saying so; the next file opened takes
 * its place. The expected report comes from the same importer run here, in Node, on the same bytes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { acledCsvOf, scaleSet } from '../../scripts/bench/scale-data.ts';
import { acledCsv } from '../../scripts/bench/import-csv.ts';
import { COLUMNS_FROM } from '../../src/data/columns/from-import.ts';
import { importFile } from '../../src/data/import/index.ts';
import { eventually, gotoReady, useSession } from './harness.ts';
import { drawn } from './scale-hooks.ts';

/** COLUMNS_FROM events, then a row whose date is no date (a warning naming its line and column; not drawn as columns). */
const lines = acledCsvOf(scaleSet(COLUMNS_FROM, 5)).trimEnd().split('\n');
const BIG = `${[...lines, (lines[1] as string).replace(/\d{4}-\d\d-\d\d/, 'someday').replace('SYN1,', 'SYNX,')].join('\n')}\n`;
const report = importFile('big.csv', new TextEncoder().encode(BIG), { now: '2026-12-02' }).report;
const SMALL = acledCsv(150, 7);

type W = { __claimline: { datasets: { id: string }[] } };
const datasets = (page: Page) => page.evaluate(() => (window as unknown as W).__claimline.datasets.map((d) => d.id));

/** Clicks the file's "Show on map" and waits until the app is mounted again with exactly `ids`. */
async function showOnMap(page: Page, file: string, ids: string[]): Promise<void> {
  await page.locator('dialog .cl-import__row', { hasText: file }).getByRole('button', { name: 'Show on map' }).click();
  await page.waitForFunction(
    (want) =>
      document.getElementById('app')?.dataset.ready === 'true' &&
      JSON.stringify((window as unknown as W).__claimline.datasets.map((d) => d.id)) === JSON.stringify(want),
    ids,
    { timeout: 120_000 },
  );
}

describe('a large file opened on the built-in dataset', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('is reported as any file, then shown alone as columns; the next file takes its place', async () => {
    expect(report.imported).toBe(COLUMNS_FROM + 1);
    const problem = report.warnings.find((w) => w.column === 'event_date') as { line: number; column: string };
    expect(problem.line).toBe(COLUMNS_FROM + 2);
    await gotoReady(s.page, s.url);
    await s.page.getByRole('button', { name: 'Open data…' }).click();
    await s.page.locator('dialog input[type=file]').setInputFiles([{ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(BIG) }]);
    const row = s.page.locator('dialog .cl-import__row', { hasText: 'big.csv' });
    await eventually(() => row.textContent(), 120_000).toContain(`${report.imported.toLocaleString('en')} events imported, 0 skipped`);
    const cells = row.locator('tbody tr', { hasText: 'unreadable date' }).locator('td');
    await eventually(() => cells.allTextContents()).toEqual(expect.arrayContaining([String(problem.line), problem.column]));
    await showOnMap(s.page, 'big.csv', ['big']);
    // Shown alone is news, not a failure: a status of its own, not a line under "Some data could not be loaded".
    const notice = s.page.getByRole('status').filter({ hasText: 'shown on their own' });
    await eventually(() => notice.textContent()).toContain(`big.csv: ${COLUMNS_FROM.toLocaleString('en')} events, shown on their own.`);
    await eventually(() => s.page.locator('.cl-errors').textContent()).toContain('big.csv: 1 event without a date: not drawn');
    expect(await s.page.locator('.cl-errors').textContent()).not.toContain('shown on their own');
    // Columns: the GPU layer draws every row (as cells at the fitted view); the built-in groups are gone.
    await eventually(() => drawn(s.page), 60_000).toEqual({ cells: COLUMNS_FROM });
    expect(await s.page.getByRole('checkbox', { name: 'Armenian sources' }).count()).toBe(0);

    // A file opened after it takes its place, as records.
    await s.page.getByRole('button', { name: 'Open data…' }).click();
    await s.page
      .locator('dialog input[type=file]')
      .setInputFiles([{ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(SMALL) }]);
    await showOnMap(s.page, 'small.csv', ['small']);
    expect(await datasets(s.page)).toEqual(['small']);
    await eventually(() => s.page.locator('.cl-notice').count()).toBe(0);
  }, 240_000);
});
