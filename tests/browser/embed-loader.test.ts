/**
 * The loader (public/embed.js) on a host page served from a second origin, against forged
 * messages: a childId that smuggles in a height, a frame of the app's origin that is not an
 * embed, heights that are not plain integers in bounds, messages from the host page and from a
 * third origin; and the loader included as a module.
 *
 * Asserting that something did NOT happen: each test posts a marker after the forged messages,
 * from the same window. Messages from one window arrive in the order they were posted, and the
 * host page's own listener runs in the same dispatch as the loader's, so once the host page has
 * seen the marker the loader has handled every forged message before it. Every height the loader
 * sets is logged by a MutationObserver on the host page, so a height that was set and then
 * overwritten still shows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../../scripts/static-server.mjs';
import { eventually, useSession, type Session } from './harness.ts';

type Server = { url: string; server: import('node:http').Server; close: () => Promise<void> };
const hostDir = mkdtempSync(join(tmpdir(), 'claimline-loader-host-'));
const thirdDir = mkdtempSync(join(tmpdir(), 'claimline-loader-third-'));
let host: Server;
let third: Server;

const FORGED = (px: string, id = 'claimline') => `pymxPYMx${id}xPYMxheightxPYMx${px}`;

/**
 * Writes a host page around the given markup. It logs every message it receives, with the id of
 * the iframe that sent it ("host" for its own), and every height set on an iframe.
 */
function hostPage(name: string, body: string): string {
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head><body style="margin:0;font:16px serif">
<script>
window.__messages = [];
addEventListener('message', (e) => {
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
  window.__messages.push([frame ? frame.id : e.source === window ? 'host' : 'other', e.data]);
});
window.__heights = [];
new MutationObserver((records) => {
  for (const r of records) {
    if (r.target.tagName === 'IFRAME' && r.attributeName === 'height') window.__heights.push([r.target.id, r.target.getAttribute('height')]);
  }
}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['height'] });
</script>
<h1>A newsroom article</h1><p>Some paragraphs before the map.</p>
${body}
<p>More text after the map.</p>
</body></html>`,
  );
  return `${host.url}${name}`;
}

function iframe(id: string, src: string, height = 150): string {
  return `<iframe id="${id}" src="${src}" title="Claimline map" width="100%" height="${height}" style="border:0;width:100%"></iframe>`;
}

async function frameOf(s: Session, id: string): Promise<Frame> {
  const handle = await s.page.waitForSelector(`#${id}`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`#${id} has no frame`);
  return frame;
}

async function readyFrame(s: Session, id: string): Promise<Frame> {
  const frame = await frameOf(s, id);
  await frame.waitForFunction(() => document.getElementById('app')?.dataset.ready === 'true', null, { timeout: 45_000 });
  return frame;
}

const frameHeight = (s: Session, id: string) =>
  s.page.evaluate((id) => Math.round(document.getElementById(id)?.getBoundingClientRect().height ?? -1), id);

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.getElementById('app')?.getBoundingClientRect().height ?? -1));

/** Every height the loader set on the iframe `id`, in order. */
const heightsSet = (s: Session, id: string) =>
  s.page.evaluate(
    (id) => (window as unknown as { __heights: [string, string][] }).__heights.filter(([frame]) => frame === id).map(([, h]) => h),
    id,
  );

/** The messages the host page received from `source` (an iframe's id, or "host"). */
const messagesFrom = (s: Session, source: string) =>
  s.page.evaluate(
    (source) => (window as unknown as { __messages: [string, unknown][] }).__messages.filter(([from]) => from === source).map(([, m]) => m),
    source,
  );

/** Waits until the embed in the iframe `id` has sent the host at least one height message of its own. */
async function reported(s: Session, id: string): Promise<void> {
  await eventually(async () => (await messagesFrom(s, id)).some((m) => typeof m === 'string' && /xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
}

/** Waits until the iframe's height equals its content's height (the loader sized it), and returns it. */
async function sized(s: Session, id: string, frame: Frame): Promise<number> {
  await eventually(async () => {
    const [content, outer] = [await contentHeight(frame), await frameHeight(s, id)];
    return content > 300 && Math.abs(content - outer) <= 1;
  }, 30_000).toBe(true);
  return frameHeight(s, id);
}

/** Posts `data` to the host page from inside `frame`, as a script in that frame would. */
function postFrom(frame: Frame, data: string[]): Promise<void> {
  return frame.evaluate((data) => {
    for (const d of data) parent.postMessage(d, '*');
  }, data);
}

/** Waits until the host page has received `marker` from `source` (so everything posted before it from there was handled). */
async function received(s: Session, source: string, marker: string): Promise<void> {
  await eventually(async () => (await messagesFrom(s, source)).includes(marker)).toBe(true);
}

describe('the loader against forged messages', () => {
  const s = useSession({
    viewport: { width: 1200, height: 900 },
    foreignOrigins: () => [new URL(host.url).origin, new URL(third.url).origin],
  });
  beforeAll(async () => {
    host = await startServer({ root: hostDir });
    third = await startServer({ root: thirdDir });
    writeFileSync(
      join(thirdDir, 'forger.html'),
      '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Another widget</title></head><body>A widget from a third origin.</body></html>',
    );
  });
  afterAll(async () => {
    // The browser may still hold keep-alive connections to these servers: cut them, or close() waits.
    for (const server of [host, third]) {
      server?.server.closeAllConnections();
      await server?.close();
    }
    rmSync(hostDir, { recursive: true, force: true });
    rmSync(thirdDir, { recursive: true, force: true });
  });

  it('a childId holding the pym separator does not set a 19999 px frame, and a valid pym childId still works', async () => {
    // Tall enough that both embeds stay in view (Chromium throttles the rendering of frames out of view).
    await s.page.setViewportSize({ width: 1200, height: 2400 });
    const injected = encodeURIComponent('claimlinexPYMxheightxPYMx19999');
    await s.page.goto(
      hostPage(
        'child-id.html',
        `${iframe('injected', `${s.url}?embed&date=2022-09-13&childId=${injected}`)}\n${iframe('pym', `${s.url}?embed&date=2022-09-13&childId=story-map`)}\n<script src="${s.url}embed.js" async></script>`,
      ),
    );
    await reported(s, 'injected');
    // The embed fell back to the default id, and said so; nothing it sent carries the forged height.
    // Beside each pym string the embed sends AMP's embed-size object: neither may carry the forged height.
    const all = await messagesFrom(s, 'injected');
    const sent = all.filter((m): m is string => typeof m === 'string');
    const amp = all.filter((m) => typeof m !== 'string') as { sentinel: string; type: string; height: number }[];
    expect(amp.length).toBeGreaterThan(0);
    expect(amp.every((m) => m.sentinel === 'amp' && m.type === 'embed-size' && m.height < 5000)).toBe(true);
    expect(sent.filter((m) => m.includes('19999'))).toEqual([]);
    expect(sent.every((m) => /^pymxPYMxclaimlinexPYMxheightxPYMx\d+$/.test(m))).toBe(true);
    await eventually(() => s.consoleWarnings.some((w) => w.includes('childId') && w.includes('claimlinexPYMx'))).toBe(true);
    // The loader sized it to its content, never to 19999.
    const height = await sized(s, 'injected', await readyFrame(s, 'injected'));
    expect(height).toBeLessThan(5000);
    expect(await heightsSet(s, 'injected')).not.toContain('19999');
    // A pym.js childId is kept, and the loader expects it of that frame.
    expect(await sized(s, 'pym', await frameOf(s, 'pym'))).toBeLessThan(5000);
    const pym = (await messagesFrom(s, 'pym')).filter((m): m is string => typeof m === 'string');
    expect(pym.length).toBeGreaterThan(0);
    expect(pym.every((m) => /^pymxPYMxstory-mapxPYMxheightxPYMx\d+$/.test(m))).toBe(true);
  });

  it('never resizes a frame of the app’s origin that is not an embed', async () => {
    await s.page.setViewportSize({ width: 1200, height: 2400 });
    await s.page.goto(
      hostPage(
        'not-embed.html',
        `${iframe('embed', `${s.url}?embed&date=2022-09-13`)}\n${iframe('full', `${s.url}?date=2022-09-13`, 300)}\n<script src="${s.url}embed.js" async></script>`,
      ),
    );
    // The loader is running: it sizes the real embed.
    await sized(s, 'embed', await readyFrame(s, 'embed'));
    // The full app in a frame reports its height too (any framed page of the app does); the
    // loader must act neither on that nor on a forgery posted from inside that frame.
    await reported(s, 'full');
    const full = await frameOf(s, 'full');
    await postFrom(full, [FORGED('19999'), FORGED('700'), 'marker-full']);
    await received(s, 'full', 'marker-full');
    expect(await heightsSet(s, 'full')).toEqual([]);
    expect(await frameHeight(s, 'full')).toBe(300);
  });

  it('ignores heights from the embed that are not plain integers from 50 to 10000, or carry another id', async () => {
    await s.page.goto(
      hostPage('heights.html', `${iframe('embed', `${s.url}?embed&date=2022-09-13`)}\n<script src="${s.url}embed.js" async></script>`),
    );
    const frame = await readyFrame(s, 'embed');
    await sized(s, 'embed', frame);
    const forged = ['777px', '1.5e3', 'Infinity', '-5', '99999', '19999', '10001', '49', '0', 'NaN', ' 777', '777.0'].map((px) =>
      FORGED(px),
    );
    await postFrom(frame, [...forged, FORGED('777', 'story-map'), `${FORGED('777')}xPYMx`, 'marker-embed']);
    await received(s, 'embed', 'marker-embed');
    const set = await heightsSet(s, 'embed');
    for (const bad of ['777', '1', '1500', '99999', '19999', '10001', '49', '0']) expect(set, bad).not.toContain(bad);
    // A valid height from the same frame still goes through.
    await postFrom(frame, [FORGED('888')]);
    await eventually(() => heightsSet(s, 'embed')).toContain('888');
  });

  it('ignores valid-looking heights posted by the host page itself or by a frame of a third origin', async () => {
    await s.page.goto(
      hostPage(
        'origins.html',
        `${iframe('embed', `${s.url}?embed&date=2022-09-13`)}\n${iframe('third', `${third.url}forger.html?embed`, 100)}\n<script src="${s.url}embed.js" async></script>`,
      ),
    );
    const frame = await readyFrame(s, 'embed');
    const before = await sized(s, 'embed', frame);
    await s.page.evaluate(
      (data) => {
        for (const d of data) window.postMessage(d, '*');
      },
      [FORGED('777'), 'marker-host'],
    );
    const other = await frameOf(s, 'third');
    await other.waitForURL(/forger\.html/);
    await postFrom(other, [FORGED('777'), FORGED('778'), 'marker-third']);
    await received(s, 'host', 'marker-host');
    await received(s, 'third', 'marker-third');
    expect(await heightsSet(s, 'embed')).not.toContain('777');
    expect(await heightsSet(s, 'third')).toEqual([]);
    expect(await frameHeight(s, 'embed')).toBe(before);
    expect(await frameHeight(s, 'third')).toBe(100);
  });

  it('works when the host includes it as a module', async () => {
    // A module from another origin loads only with CORS: the static test server sends no such
    // header, so this test adds it (as a CDN or GitHub Pages would).
    await s.page.route(`${s.url}embed.js`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    });
    await s.page.goto(
      hostPage(
        'module.html',
        `${iframe('embed', `${s.url}?embed&date=2022-09-13`)}\n<script type="module" src="${s.url}embed.js"></script>`,
      ),
    );
    const frame = await readyFrame(s, 'embed');
    expect(await sized(s, 'embed', frame)).toBeGreaterThan(500);
    expect(s.consoleWarnings.filter((w) => w.includes('embed.js'))).toEqual([]);
  });
});
