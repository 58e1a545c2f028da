/**
 * axe-core in Chromium with the WCAG 2.2 A/AA and best-practice rules: no serious or critical
 * violation in any mode (full view with a claim open, embed, story, share dialog, phone sheet), at
 * 375, 400 and 1280 px, with and without WebGL. The axe script is evaluated by the test; the app
 * never ships it. And the map's keyboard focus is visible.
 */
import { describe, expect, it } from 'vitest';
import { audit } from './axe-audit.ts';
import { eventually, gotoReady, useSession, type Session } from './harness.ts';

/** Every mode a reader meets, each audited after it has drawn. */
const MODES: { name: string; url: string; prepare?: (s: Session) => Promise<void>; phoneOnly?: boolean }[] = [
  { name: 'the full view with a claim open', url: '?date=2022-09-13&incident=2022-09-13-jermuk-armenia-mod' },
  {
    name: 'the embed with its legend open',
    url: '?embed&date=2022-09-13',
    prepare: async (s) => {
      await s.page.locator('.cl-embed-legend summary').click();
    },
  },
  {
    name: 'story mode',
    url: '?story=two-days-september-2022&step=2',
    prepare: async (s) => {
      await s.page.locator('.cl-story').waitFor();
    },
  },
  {
    name: 'story mode in Armenian',
    url: '?lang=hy&story=two-days-september-2022&step=3',
    prepare: async (s) => s.page.locator('.cl-story').waitFor(),
  },
  {
    name: 'the share dialog',
    url: '?date=2022-09-13',
    prepare: async (s) => {
      await s.page.locator('.cl-share-button').click();
      await s.page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'the phone sheet',
    url: '?date=2022-09-13',
    phoneOnly: true,
    prepare: async (s) => {
      await s.page.locator('.cl-sheet-open').click();
      await s.page.locator('.cl-sheet-close').waitFor();
    },
  },
];
const SIZES = [
  { width: 375, height: 667 },
  { width: 400, height: 800 },
  { width: 1280, height: 900 },
];

for (const args of [[], ['--disable-webgl', '--disable-3d-apis']]) {
  describe(`accessibility audit (axe-core, WCAG 2.2 AA and best practices)${args.length ? ', without WebGL' : ''}`, () => {
    const s = useSession({ viewport: { width: 1280, height: 900 }, args });
    for (const size of SIZES) {
      for (const mode of MODES) {
        if (mode.phoneOnly && size.width > 760) continue;
        it(`${mode.name} at ${size.width} px: no serious or critical violation`, async () => {
          await s.page.setViewportSize(size);
          await gotoReady(s.page, `${s.url}${mode.url}`);
          await mode.prepare?.(s);
          expect(await audit(s)).toEqual([]);
        });
      }
    }
  });
}

describe('keyboard focus on the map', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('the focused map shows a visible focus ring inside its edges', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    const canvas = s.page.locator('.maplibregl-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no map canvas');
    // The outer 4 px of the map, where a ring drawn inside the canvas's box would be.
    const edge = { x: box.x, y: box.y, width: box.width, height: 4 };
    const before = await s.page.screenshot({ clip: edge });
    await s.page.keyboard.press('Shift');
    await canvas.focus();
    await eventually(() => canvas.evaluate((n) => n.matches(':focus-visible'))).toBe(true);
    const after = await s.page.screenshot({ clip: edge });
    expect(after.equals(before)).toBe(false);
    // The ring is in the focus colour of the theme.
    const focus = await s.page.evaluate(() => getComputedStyle(document.querySelector('.maplibregl-canvas') as HTMLElement).outlineColor);
    const { PNG } = await import('pngjs');
    const png = PNG.sync.read(after);
    const [r, g, b] = focus.match(/\d+/g)?.map(Number) ?? [0, 0, 0];
    let ring = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (Math.abs(png.data[i]! - r) < 8 && Math.abs(png.data[i + 1]! - g) < 8 && Math.abs(png.data[i + 2]! - b) < 8) ring++;
    expect(ring).toBeGreaterThan(box.width);
  });
});
