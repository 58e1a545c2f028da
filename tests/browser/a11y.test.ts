/**
 * axe-core in Chromium: no serious or critical accessibility violation in the full view (with a
 * claim open), the embed, story mode and the share dialog. The axe script is injected by the test; the app
 * never ships it.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, useSession, type Session } from './harness.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

async function audit(s: Session): Promise<string[]> {
  await s.page.addScriptTag({ path: AXE });
  const violations = (await s.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    // The map canvas is WebGL: axe cannot read colours from it, so contrast is checked on the page's own text.
    const result = await axe.run({ include: [['body']], exclude: [['.maplibregl-canvas']] }, { resultTypes: ['violations'] });
    return result.violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe('accessibility audit (axe-core)', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('the full view with a claim open has no serious or critical violation', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13&incident=2022-09-13-jermuk-armenia-mod`);
    expect(await audit(s)).toEqual([]);
  });

  it('the embed has none', async () => {
    await gotoReady(s.page, `${s.url}?embed&date=2022-09-13`);
    await s.page.locator('.cl-embed-legend summary').click();
    expect(await audit(s)).toEqual([]);
  });

  it('story mode has none', async () => {
    await gotoReady(s.page, `${s.url}?story=two-days-september-2022&step=2`);
    await s.page.locator('.cl-story').waitFor();
    expect(await audit(s)).toEqual([]);
  });

  it('the share dialog has none', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    await s.page.getByRole('button', { name: 'Share or embed' }).click();
    expect(await audit(s)).toEqual([]);
  });
});

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
