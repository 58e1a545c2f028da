/**
 * The built pages' Content-Security-Policy: no violation anywhere a reader goes (full view, a
 * claim, the embed, a story, the share dialog, every export, print, another language), with the
 * policy from the <meta> and with the same policy as an HTTP header. Trusted Types are enforced
 * by both: the map must still draw (maplibre's worker URL and credits pass the app's policy).
 */
import { describe, expect, it } from 'vitest';
import { cspHeader } from '../../src/config/csp.ts';
import { eventually, gotoReady, renderedIncidentIds, type Session, useSession } from './harness.ts';

/** Records every securitypolicyviolation from the first script on. */
async function watchViolations(s: Session): Promise<void> {
  await s.page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
}
const violations = (s: Session) => s.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('Content-Security-Policy', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  it('the built page carries the policy, with Trusted Types required', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    const meta = await s.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("style-src 'self'");
    expect(meta).toContain("worker-src 'self'");
    expect(meta).toContain("object-src 'none'");
    expect(meta).toContain("require-trusted-types-for 'script'");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('the full view, a claim, the share dialog, every export, print and another language: no violation', async () => {
    await watchViolations(s);
    await s.page.addInitScript(() => {
      window.print = () => undefined;
    });
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(20);
    await s.page.locator('.cl-table__open').first().click();
    await eventually(() => s.page.locator('.cl-details').isVisible()).toBe(true);
    await s.page.getByRole('button', { name: 'Share or embed' }).click();
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
    await s.page.getByRole('button', { name: 'Copy embed code' }).click();
    await eventually(() => s.page.getByRole('dialog').getByRole('status').textContent()).toBe('Copied.');
    await s.page.keyboard.press('Escape');
    for (const name of ['Map image (PNG)', 'Claims (CSV)', 'Claims (GeoJSON)']) {
      await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name }).click()]);
    }
    await s.page.getByRole('button', { name: 'Print' }).click();
    await s.page.waitForSelector('.cl-print-map', { state: 'attached' });
    await s.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await s.page.getByRole('link', { name: 'Հայերեն' }).first().click();
    await eventually(() => s.page.evaluate(() => document.documentElement.lang)).toBe('hy');
    await eventually(() => s.page.locator('.cl-timeline__play').textContent()).not.toBe('Play');
    expect(await violations(s)).toEqual([]);
  });

  it('a story and the embed: no violation', async () => {
    await watchViolations(s);
    await gotoReady(s.page, `${s.url}?story=two-days-september-2022&step=3`);
    await s.page.getByRole('button', { name: 'Next →' }).click();
    await eventually(() => s.page.locator('.cl-story__count').textContent()).toBe('Step 4 of 6');
    expect(await violations(s)).toEqual([]);
    await gotoReady(s.page, `${s.url}?embed&date=2022-09-13`);
    await s.page.locator('.cl-embed-legend summary').click();
    expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(20);
    expect(await violations(s)).toEqual([]);
  });

  it('the same policy as an HTTP header (with frame-ancestors) and Trusted Types enforced: the map draws', async () => {
    await watchViolations(s);
    // Serve the page with the header, and without the meta, so only the header speaks.
    await s.page.route(/\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': cspHeader("'self'") } });
    });
    await gotoReady(s.page, `${s.url}?date=2022-09-13`);
    expect(await s.page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
    expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(20);
    // The credits went through the Trusted Types policy and are links.
    await eventually(() => s.page.locator('.maplibregl-ctrl-attrib a[href^="https://www.openstreetmap.org"]').count()).toBe(1);
    expect(await violations(s)).toEqual([]);
  });
});
