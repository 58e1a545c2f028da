/**
 * Shared set-up for the browser tests: serves dist/ on 127.0.0.1 (optionally under a sub-path),
 * drives Debian's Chromium with playwright-core, and records console errors and every request
 * that leaves the page's origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../../scripts/static-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const DIST = join(import.meta.dirname, '..', '..', 'dist');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--font-render-hinting=none',
  '--hide-scrollbars',
];

export type Session = {
  url: string;
  origin: string;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  close: () => Promise<void>;
};

export async function openSession(options: { prefix?: string; viewport?: { width: number; height: number } } = {}): Promise<Session> {
  const server = await startServer({ root: DIST, prefix: options.prefix ?? '/' });
  const profile = mkdtempSync(join(tmpdir(), 'claimline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const origin = new URL(server.url).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  return {
    url: server.url,
    origin,
    context,
    page,
    consoleErrors,
    foreignRequests,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One browser session for the enclosing describe block: opened before its tests, closed after.
 * Returns a stand-in that reads through to the open session.
 */
export function useSession(options: Parameters<typeof openSession>[0] = {}): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await openSession(options);
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Session, {
    get: (_, key) => {
      if (!current) throw new Error('useSession: the session is used before beforeAll opened it');
      return current[key as keyof Session];
    },
  });
}

/** Loads a page of the app and waits until the map has drawn everything once. */
export async function gotoReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('app')?.dataset.ready === 'true', null, { timeout: 45_000 });
}

/** Waits for the map's next `idle` after an action. */
export async function waitIdleAfter(page: Page, action: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __claimline: { map: { once: (e: string) => Promise<unknown> } }; __idle?: Promise<unknown> };
    w.__idle = w.__claimline.map.once('idle');
  });
  await action();
  await page.evaluate(async () => {
    const w = window as unknown as { __claimline: { map: { triggerRepaint: () => void } }; __idle?: Promise<unknown> };
    w.__claimline.map.triggerRepaint();
    await w.__idle;
  });
}

/** Ids of the incident markers currently drawn, counted from the rendered map. */
export async function renderedIncidentIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __claimline: { map: { queryRenderedFeatures: (o: object) => { properties: { id: string } }[] } } };
    const ids = w.__claimline.map.queryRenderedFeatures({ layers: ['incident-markers'] }).map((f) => f.properties.id);
    return [...new Set(ids)].sort();
  });
}
