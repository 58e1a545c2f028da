/**
 * The embed inside a real host page on another origin: it sizes itself through pym.js-format
 * messages and the project's loader, keeps to its own origin, sets no cookies, and the share
 * dialog's snippet reproduces the view it was copied from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../../scripts/static-server.mjs';
import { eventually, gotoReady, useSession, type Session } from './harness.ts';

type Host = { url: string; close: () => Promise<void> };
const dir = mkdtempSync(join(tmpdir(), 'claimline-host-'));
let host: Host;

/** Writes a host page (an article with the given embed markup) and returns its URL. */
function hostPage(name: string, embedHtml: string): string {
  writeFileSync(
    join(dir, name),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head><body style="margin:0;font:16px serif">
<h1>A newsroom article</h1><p>Some paragraphs before the map.</p>
${embedHtml}
<p>More text after the map.</p>
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(e.data));</script>
</body></html>`,
  );
  return `${host.url}${name}`;
}

async function embedFrame(s: Session): Promise<Frame> {
  const handle = await s.page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForFunction(() => document.getElementById('app')?.dataset.ready === 'true', null, { timeout: 45_000 });
  return frame;
}

/** Waits until the iframe's height equals its content's height, and returns it. */
async function settledHeight(s: Session, frame: Frame): Promise<number> {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.getElementById('app')!.getBoundingClientRect().height));
    const iframe = await s.page.evaluate(() => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height));
    if (Math.abs(content - iframe) <= 1 && content === last) return iframe;
    last = content;
    await s.page.waitForTimeout(100);
  }
  throw new Error('the iframe height never matched its content');
}

describe('the embed in a host page', () => {
  // The host page is served from a second origin on purpose.
  const s = useSession({ viewport: { width: 1200, height: 900 }, foreignOrigins: () => [new URL(host.url).origin] });
  beforeAll(async () => {
    host = await startServer({ root: dir });
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows its content’s height as the host page changes width, through the loader script', async () => {
    const page = hostPage(
      'resize.html',
      `<iframe src="${s.url}?embed&date=2022-09-13" title="Claimline map" width="100%" height="150" style="border:0;width:100%"></iframe>\n<script src="${s.url}embed.js" async></script>`,
    );
    await s.page.goto(page);
    const frame = await embedFrame(s);
    const wide = await settledHeight(s, frame);
    expect(wide).toBeGreaterThan(500);
    // No page chrome in the embed: no side panel or share button, a link to the full view instead.
    await eventually(() => frame.locator('.cl-side').count()).toBe(0);
    await eventually(() => frame.locator('.cl-share-button').count()).toBe(0);
    const full = await frame.getByRole('link', { name: 'Open the full map' }).getAttribute('href');
    expect(full).toMatch(/date=2022-09-13/);
    expect(full).not.toMatch(/embed/);

    for (const width of [400, 300]) {
      await s.page.setViewportSize({ width, height: 900 });
      const narrow = await settledHeight(s, frame);
      expect(narrow).not.toBe(wide);
      // The timeline re-lays out on its ResizeObserver: allow it that frame, then no sideways overflow.
      await frame.waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, null, {
        timeout: 3000,
      });
    }
    await s.page.setViewportSize({ width: 1200, height: 900 });
    expect(await settledHeight(s, frame)).toBe(wide);

    const messages = (await s.page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)) as string[];
    expect(messages.some((m) => /^pymxPYMxclaimlinexPYMxheightxPYMx\d+$/.test(m))).toBe(true);
    const appOrigin = new URL(s.url).origin;
    expect(s.foreignRequests.filter((u) => !u.startsWith(new URL(host.url).origin) && !u.startsWith(appOrigin))).toEqual([]);
  });

  it('the loader still sizes an embed that reported its height before the loader arrived', async () => {
    const page = hostPage(
      'late.html',
      `<iframe src="${s.url}?embed&date=2022-09-13" title="Claimline map" width="100%" height="150" style="border:0;width:100%"></iframe>`,
    );
    await s.page.goto(page);
    const frame = await embedFrame(s);
    await s.page.waitForTimeout(500);
    await eventually(() => s.page.evaluate(() => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height))).toBe(150);
    await s.page.addScriptTag({ url: `${s.url}embed.js` });
    expect(await settledHeight(s, frame)).toBeGreaterThan(500);
  });

  it('speaks pym.js: uses the childId a pym parent gives it', async () => {
    const page = hostPage(
      'pym.html',
      `<iframe src="${s.url}?embed&childId=story-map&initialWidth=800" title="Claimline map" width="100%" height="150" style="border:0"></iframe>`,
    );
    await s.page.goto(page);
    await embedFrame(s);
    await s.page.waitForFunction(() =>
      (window as unknown as { __messages: string[] }).__messages.some(
        (m) => typeof m === 'string' && m.startsWith('pymxPYMxstory-mapxPYMxheightxPYMx'),
      ),
    );
  });

  it('sets no cookies and uses no storage', async () => {
    await s.context.clearCookies();
    await gotoReady(s.page, `${s.url}?embed&date=2022-09-13`);
    await eventually(() => s.context.cookies()).toEqual([]);
    await eventually(() => s.page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
  });

  it('the share dialog’s snippet reproduces the view it was copied from', async () => {
    await gotoReady(s.page, `${s.url}?lang=ru&from=2022-09-12&to=2022-09-14&sides=armenia,azerbaijan`);
    await s.page.getByRole('button', { name: 'Поделиться или встроить' }).click();
    const dialog = s.page.getByRole('dialog');
    await eventually(() => dialog.isVisible()).toBe(true);
    const link = await dialog.getByLabel('Ссылка на этот вид').inputValue();
    const snippet = await dialog.getByLabel('Код для встраивания на веб-страницу').inputValue();
    expect(snippet).toMatch(/<iframe src="[^"]+\?embed&/);
    expect(snippet).toMatch(/title="[^"]+"/);
    expect(snippet).toMatch(/width="100%" height="\d+"/);
    expect(snippet).toMatch(/<script src="[^"]+embed\.js" async><\/script>/);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(s.url).origin });
    await dialog.getByRole('button', { name: 'Копировать код' }).click();
    await eventually(() => dialog.getByRole('status').textContent()).toBe('Скопировано.');
    await eventually(() => s.page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await s.page.keyboard.press('Escape');
    await eventually(() => dialog.isVisible()).toBe(false);
    await eventually(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('Поделиться или встроить');

    const expected = await s.page.evaluate(() => {
      const st = (
        window as unknown as { __claimline: { store: { state: { mode: string; from: number; to: number; sides: Set<string> } } } }
      ).__claimline.store.state;
      return { mode: st.mode, from: st.from, to: st.to, sides: [...st.sides].sort() };
    });
    await s.page.goto(hostPage('snippet.html', snippet));
    const frame = await embedFrame(s);
    const got = await frame.evaluate(() => {
      const st = (
        window as unknown as { __claimline: { store: { state: { mode: string; from: number; to: number; sides: Set<string> } } } }
      ).__claimline.store.state;
      return { mode: st.mode, from: st.from, to: st.to, sides: [...st.sides].sort(), lang: document.documentElement.lang };
    });
    expect(got).toEqual({ ...expected, lang: 'ru' });
    expect(new URL(link).searchParams.get('from')).toBe('2022-09-12');
  });
});
