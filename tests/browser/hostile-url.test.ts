/**
 * Hostile URL parameters: every parameter fed script payloads and absurd values. No script runs,
 * a console warning names each ignored parameter, the page is never blank, and the share dialog's
 * link and iframe snippet stay well-formed (every attribute escaped, nothing passed on).
 */
import { describe, expect, it } from 'vitest';
import { eventually, gotoReady, renderedIncidentIds, useSession } from './harness.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  'javascript:window.__xss=1',
  '"><svg onload="window.__xss=1">',
  "'><script>window.__xss=1</script>",
  'NaN',
  '1e308',
  '-1e308',
  'x'.repeat(10_000),
  '\u202Egnp.exe\u202C',
];
const PARAMS = ['date', 'from', 'to', 'layers', 'sides', 'map', 'incident', 'story', 'step', 'lang', 'childId'];

describe('hostile URL parameters', () => {
  const s = useSession({ viewport: { width: 1280, height: 900 } });

  for (const [i, payload] of PAYLOADS.entries()) {
    it(`payload ${i + 1} (${JSON.stringify(payload.slice(0, 24))}${payload.length > 24 ? '…' : ''}) in every parameter: no script, a warning each, a working page`, async () => {
      const query = PARAMS.map((name) => `${name}=${encodeURIComponent(payload)}`).join('&');
      await gotoReady(s.page, `${s.url}?${query}&${encodeURIComponent(payload)}=1`);
      expect(await s.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      const warnings = () => s.consoleWarnings.join('\n');
      // Each parameter is named, "step" too (it belongs to the ignored story); "NaN" is a well-formed pym id.
      const named = PARAMS.filter((name) => !(name === 'childId' && /^[A-Za-z0-9_-]{1,64}$/.test(payload)));
      for (const name of named) await eventually(warnings).toContain(`URL parameter "${name}"`);
      await eventually(warnings).toMatch(/unknown; ignored/);
      for (const w of s.consoleWarnings) expect(w.length, w.slice(0, 80)).toBeLessThan(400);
      expect(warnings()).not.toContain('\u202E');
      // Never blank: the map draws the default view's claims, the timeline and table are there.
      expect((await renderedIncidentIds(s.page)).length).toBeGreaterThan(20);
      expect(await s.page.locator('.cl-table tbody tr').count()).toBeGreaterThan(20);
      // The URL the app writes holds nothing it did not understand.
      await eventually(() => s.page.evaluate(() => [...new URLSearchParams(location.search).keys()].sort())).toEqual(['date', 'map']);

      await s.page.getByRole('button', { name: 'Share or embed' }).click();
      const link = await s.page.getByLabel('Link to this view').inputValue();
      const snippet = await s.page.getByLabel('Embed code for a web page').inputValue();
      expect(new URL(link).origin).toBe(s.origin);
      expect([...new URL(link).searchParams.keys()].sort()).toEqual(['date', 'map']);
      // Parsed in a blank page: the app's own page refuses untrusted HTML (Trusted Types).
      const blank = await s.context.newPage();
      const parsed = await blank.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return {
          tags: [...doc.body.querySelectorAll('*')].map((n) => n.tagName.toLowerCase()),
          head: [...doc.head.querySelectorAll('*')].map((n) => n.tagName.toLowerCase()),
          attrs: [...doc.querySelectorAll('iframe, script')].flatMap((n) => n.getAttributeNames()),
          src: doc.querySelector('iframe')?.getAttribute('src') ?? '',
        };
      }, snippet);
      await blank.close();
      expect([...parsed.head, ...parsed.tags]).toEqual(['iframe', 'script']);
      expect(parsed.attrs.sort()).toEqual(['async', 'height', 'loading', 'src', 'src', 'style', 'title', 'width'].sort());
      expect(new URL(parsed.src).origin).toBe(s.origin);
      expect([...new URL(parsed.src).searchParams.keys()].sort()).toEqual(['date', 'embed', 'lang', 'map']);
      expect(await s.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    });
  }

  it('a repeated parameter: the first is used, and the warning says so', async () => {
    await gotoReady(s.page, `${s.url}?date=2022-09-12&date=${encodeURIComponent(PAYLOADS[0] ?? '')}&lang=ru&lang=hy`);
    await eventually(() => s.consoleWarnings.join('\n')).toMatch(/"date": given 2 times; the first is used/);
    await eventually(() => s.consoleWarnings.join('\n')).toMatch(/"lang": given 2 times; the first is used/);
    await eventually(() => s.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await eventually(() => s.page.evaluate(() => new URL(location.href).searchParams.getAll('date'))).toEqual(['2022-09-12']);
  });
});
