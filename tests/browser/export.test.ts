/**
 * Export and print in Chromium: the PNG has the title band, the map and the legend drawn in; the
 * CSV and GeoJSON hold exactly the claims shown; the print is A4 landscape with the map first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, useSession } from './harness.ts';

type Props = { id: string; day: number; day_end: number; context: boolean; claimant_side: string };
const incidents: { properties: Props }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/incidents.geojson'), 'utf8'),
).features;
const day = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const ARMENIA = hex('#d55e00');
const AZERBAIJAN = hex('#0072b2');

/** Counts pixels close to a colour in rows [y0, y1). */
function countColour(png: PNG, [r, g, b]: number[], y0: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - r!) < 12 && Math.abs(png.data[i + 1]! - g!) < 12 && Math.abs(png.data[i + 2]! - b!) < 12) n++;
    }
  }
  return n;
}

describe('export and print', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  async function save(name: string): Promise<{ file: Buffer; filename: string }> {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name }).click()]);
    const path = await download.path();
    return { file: readFileSync(path!), filename: download.suggestedFilename() };
  }

  it('the PNG has a title band, the map and a legend with the sides’ colours', async () => {
    await gotoReady(s.page, `${s.url}?from=2022-09-12&to=2022-09-14`);
    const canvas = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
    const { file, filename } = await save('Map image (PNG)');
    expect(filename).toBe('claimline-2022-09-12_2022-09-14.png');
    const png = PNG.sync.read(file);
    expect(png.width).toBe(Math.round(canvas.width));
    expect(png.height).toBeGreaterThan(canvas.height + 100);
    // The title band is 58 px plus 20 px per line of the window text (one line here).
    const top = 78;
    const mapBottom = top + Math.round(canvas.height);
    // The legend band below the map has both parties' colours; the map itself is not blank.
    expect(countColour(png, ARMENIA, mapBottom, png.height)).toBeGreaterThan(20);
    expect(countColour(png, AZERBAIJAN, mapBottom, png.height)).toBeGreaterThan(20);
    expect(countColour(png, ARMENIA, top, mapBottom)).toBeGreaterThan(200);
    // The title band has dark text on white.
    expect(countColour(png, hex('#1f1d1a'), 0, top)).toBeGreaterThan(100);
  });

  it('the CSV and the GeoJSON hold exactly the claims shown, with their sources', async () => {
    await gotoReady(s.page, `${s.url}?from=2022-09-12&to=2022-09-14&sides=azerbaijan,third_party`);
    const from = day('2022-09-12');
    const to = day('2022-09-14');
    const expected = incidents
      .map((f) => f.properties)
      .filter((p) => !p.context && ['azerbaijan', 'third_party'].includes(p.claimant_side) && p.day <= to && p.day_end >= from)
      .map((p) => p.id)
      .sort();
    const csv = await save('Claims (CSV)');
    expect(csv.filename).toBe('claimline-2022-09-12_2022-09-14.csv');
    const lines = csv.file
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toMatch(/^id,date,date_end/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(expected);
    const geo = JSON.parse((await save('Claims (GeoJSON)')).file.toString('utf8'));
    expect(geo.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(expected);
    for (const f of geo.features) expect(f.properties.sources.length).toBeGreaterThan(0);
  });

  it('prints on A4 landscape: the map as an image with the legend, then the list', async () => {
    await gotoReady(s.page, `${s.url}?from=2022-09-12&to=2022-09-14`);
    await s.page.evaluate(() => {
      window.print = () => undefined;
    });
    await s.page.getByRole('button', { name: 'Print' }).click();
    await s.page.waitForSelector('.cl-print-map', { state: 'attached' });
    await s.page.emulateMedia({ media: 'print' });
    const layout = await s.page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const shown = (sel: string) => getComputedStyle(document.querySelector(sel)!).display !== 'none';
      return {
        image: shown('.cl-print-map'),
        legendBesideMap: box('.cl-legend').left > box('.cl-map').right - 1,
        tableAfterMap: box('.cl-table').top > box('.cl-map').bottom,
        controls: ['.cl-checks', '.cl-export', '.cl-share-button', '.cl-timeline__play'].map(shown),
        scroll: getComputedStyle(document.querySelector('.cl-table__scroll')!).maxHeight,
      };
    });
    expect(layout).toEqual({
      image: true,
      legendBesideMap: true,
      tableAfterMap: true,
      controls: [false, false, false, false],
      scroll: 'none',
    });
    const pdf = (await s.page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const box = /MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
    // A4 landscape is 842 × 595 points.
    expect(Math.round(Number(box[1]))).toBe(842);
    expect(Math.round(Number(box[2]))).toBe(595);
    await s.page.emulateMedia({ media: 'screen' });
    // After printing (or cancelling), the still image goes and the live map is back.
    await s.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await eventually(() => s.page.locator('.cl-print-map').count()).toBe(0);
  });

  it('the browser’s own Print (Ctrl+P) gets the map as a still image, without the Story button or the blank-map note', async () => {
    await gotoReady(s.page, `${s.url}?from=2022-09-12&to=2022-09-14`);
    await s.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await s.page.emulateMedia({ media: 'print' });
    const printed = await s.page.evaluate(() => {
      const map = document.querySelector('.cl-map') as HTMLElement;
      return {
        image: !!document.querySelector('.cl-print-map'),
        note: getComputedStyle(map, '::after').content,
        story: getComputedStyle(document.querySelector('.cl-story-button') as HTMLElement).display,
      };
    });
    expect(printed).toEqual({ image: true, note: 'none', story: 'none' });
    // The still image is the map as drawn, not a blank frame.
    const colours = await s.page.evaluate(async () => {
      const img = document.querySelector('.cl-print-map') as HTMLImageElement;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d') as CanvasRenderingContext2D;
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(20);
    await s.page.emulateMedia({ media: 'screen' });
    await s.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await eventually(() => s.page.locator('.cl-print-map').count()).toBe(0);
  });
});
