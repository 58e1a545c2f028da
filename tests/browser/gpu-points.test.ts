/**
 * Above GPU_THRESHOLD plotted claims the map draws them with the GPU layer: the rows it draws equal
 * the window's rows (filter.ts windowIndex, run here in Node on the same bytes) as the slider moves,
 * and a click on a marker's pixel opens that record. With CLAIMLINE_SHOTS=<folder> it also saves
 * screenshots there, to compare the markers with maplibre's by eye.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { acledCsvOf, scaleSet } from '../../scripts/bench/scale-data.ts';
import { windowIndex } from '../../src/data/columns/filter.ts';
import { columnsFromImported } from '../../src/data/columns/store.ts';
import { importFile } from '../../src/data/import/index.ts';
import { GPU_THRESHOLD } from '../../src/map/gpu/threshold.ts';
import { eventually, gotoReady, useSession, waitIdleAfter } from './harness.ts';

const N = GPU_THRESHOLD + 1000;

/** A synthetic ACLED file with two event types and all three precisions, so shapes and halos show. */
function csv(): string {
  const lines = acledCsvOf(scaleSet(N, 7)).trimEnd().split('\n');
  const head = (lines[0] as string).split(',');
  const col = (name: string) => head.indexOf(name);
  return `${lines
    .map((line, i) => {
      if (i === 0) return line;
      const f = line.split(',');
      if (i % 3 === 0) f[col('geo_precision')] = String(2 + (i % 2));
      if (i % 4 === 0) {
        f[col('event_type')] = 'Explosions/Remote violence';
        f[col('sub_event_type')] = 'Shelling/artillery/missile attack';
      }
      return f.join(',');
    })
    .join('\n')}\n`;
}

const FILE = csv();
const imported = importFile('gpu.csv', new TextEncoder().encode(FILE), { now: '2026-12-02' });
const cols = columnsFromImported(imported.events, { group: 'gpu', dataset: 'gpu' });

type State = { mode: 'asof' | 'range'; from: number; to: number };
const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __claimline: { store: { state: State } } }).__claimline.store.state;
    return { mode: s.mode, from: s.from, to: s.to };
  });
const drawn = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __claimline: { map: { __claimlineDrawn?: () => unknown } } }).__claimline.map.__claimlineDrawn?.() ?? null,
  );
const expected = (s: State) => windowIndex(cols, { ...s, groups: new Set([0]), plotted: true });
const shots = process.env.CLAIMLINE_SHOTS;

describe('claims on the GPU', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('draws the window, follows the slider and opens a clicked marker', async () => {
    await s.page.route('**/published/gpu.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: FILE }));
    await gotoReady(s.page, `${s.url}?data=published/gpu.csv`);
    // The GPU code loads after the map: wait for its layer to replace maplibre's.
    await eventually(() =>
      s.page.evaluate(() => {
        const map = (window as unknown as { __claimline: { map: { getLayer: (id: string) => unknown } } }).__claimline.map;
        return { gpu: !!map.getLayer('claim-points'), maplibre: !!map.getLayer('incident-markers') };
      }),
    ).toEqual({ gpu: true, maplibre: false });
    await eventually(() => drawn(s.page), 30_000).toEqual({ points: expected(await state(s.page)).length });
    const slider = s.page.getByRole('slider', { name: 'Show incidents up to' });
    for (let i = 0; i < 3; i++) await waitIdleAfter(s.page, () => slider.press('PageDown'));
    const now = await state(s.page);
    const want = expected(now);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(N);
    await eventually(() => drawn(s.page)).toEqual({ points: want.length });
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await s.page.screenshot({ path: `${shots}/gpu-window.png` });
    }

    // A marker alone within 20 px of its pixel, on the canvas: a click there opens it.
    const rows = [...want].map((r) => ({ id: cols.ids.at(r) as string, at: [cols.lon[r], cols.lat[r]] as [number, number] }));
    const target = await s.page.evaluate((list) => {
      const map = (window as unknown as { __claimline: { map: { project: (c: [number, number]) => { x: number; y: number } } } })
        .__claimline.map;
      const px = list.map((r) => ({ id: r.id, ...map.project(r.at) }));
      return px.find(
        (p) => p.x > 100 && p.y > 100 && p.x < 900 && p.y < 600 && px.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 20),
      );
    }, rows);
    expect(target).toBeDefined();
    const box = (await s.page.locator('.cl-map canvas').boundingBox())!;
    await s.page.mouse.click(box.x + target!.x, box.y + target!.y);
    await eventually(() =>
      s.page.evaluate(
        () => (window as unknown as { __claimline: { store: { state: { selected: string } } } }).__claimline.store.state.selected,
      ),
    ).toBe(target!.id);
    await eventually(() => s.page.locator('.cl-details').isVisible()).toBe(true);
    if (shots) {
      await waitIdleAfter(s.page, async () => {
        await s.page.evaluate(
          (at) =>
            (window as unknown as { __claimline: { map: { jumpTo: (o: object) => void } } }).__claimline.map.jumpTo({
              center: at,
              zoom: 9,
            }),
          rows.find((r) => r.id === target!.id)!.at,
        );
      });
      await s.page.screenshot({ path: `${shots}/gpu-selected.png` });
    }
  });
});
