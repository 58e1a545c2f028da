/**
 * Shared set-up for the browser tests: serves dist/ on 127.0.0.1 (optionally under a sub-path),
 * drives Debian's Chromium with playwright-core, and records console errors, console warnings and
 * every request that leaves the page's origin.
 *
 * One browser per describe block (`useSession`), a fresh page per test: each test starts with its
 * own history, routes, listeners and collected messages, and after it the harness checks that it
 * logged no console error and asked nothing of another origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../../scripts/static-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The built app; CLAIMLINE_DIST points the tests at another build (e.g. an older commit's, to see a new test fail there). */
const DIST = process.env.CLAIMLINE_DIST ?? join(import.meta.dirname, '..', '..', 'dist');

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

export type SessionOptions = {
  prefix?: string;
  viewport?: { width: number; height: number };
  /** Extra Chromium flags (e.g. WebGL switched off). */
  args?: string[];
};

export type Session = {
  url: string;
  origin: string;
  context: BrowserContext;
  /** The current test's page. */
  page: Page;
  consoleErrors: string[];
  consoleWarnings: string[];
  foreignRequests: string[];
  /** Opens a fresh page: new history and listeners, empty message lists. */
  newPage: () => Promise<Page>;
  /** This test expects console errors (a 404 it provokes): the after-test check skips them. */
  allowConsoleErrors: () => void;
  errorsAllowed: boolean;
  close: () => Promise<void>;
};

export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const server = await startServer({ root: DIST, prefix: options.prefix ?? '/' });
  const profile = mkdtempSync(join(tmpdir(), 'claimline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const origin = new URL(server.url).origin;
  const session: Session = {
    url: server.url,
    origin,
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    consoleErrors: [],
    consoleWarnings: [],
    foreignRequests: [],
    newPage: async () => {
      const old = session.page;
      session.consoleErrors.length = 0;
      session.consoleWarnings.length = 0;
      session.foreignRequests.length = 0;
      session.page = await context.newPage();
      watch(session.page);
      await old.close();
      return session.page;
    },
    allowConsoleErrors: () => {
      session.errorsAllowed = true;
    },
    errorsAllowed: false,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  const watch = (page: Page) => {
    session.errorsAllowed = false;
    page.on('console', (m) => {
      if (m.type() === 'error') session.consoleErrors.push(m.text());
      else if (m.type() === 'warning') session.consoleWarnings.push(m.text());
    });
    page.on('pageerror', (e) => session.consoleErrors.push(String(e)));
  };
  watch(session.page);
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) session.foreignRequests.push(u);
  });
  return session;
}

/**
 * One browser for the enclosing describe block, a fresh page for each of its tests. After each
 * test: no console error (unless the test allowed them) and no request to another origin.
 * `foreignOrigins` lists origins a test serves on purpose (a host page for the embed).
 */
export function useSession(options: SessionOptions & { foreignOrigins?: () => string[] } = {}): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await openSession(options);
  });
  beforeEach(async () => {
    await current?.newPage();
  });
  afterEach((ctx) => {
    if (!current || ctx.task.result?.state === 'fail') return;
    const allowed = options.foreignOrigins?.() ?? [];
    expect(current.foreignRequests.filter((u) => !allowed.some((o) => u.startsWith(o)))).toEqual([]);
    if (!current.errorsAllowed) expect(current.consoleErrors).toEqual([]);
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

/**
 * Polls `read` until the matcher that follows holds, or fails after `timeout` ms with the last
 * value. Use it for anything an asynchronous handler sets (a status after the clipboard answers,
 * a URL after a debounce, a panel after a fetch): never read such a value once.
 *
 *   await eventually(() => status.textContent()).toBe('Copied.');
 */
export function eventually<T>(read: () => T | Promise<T>, timeout = 10_000) {
  return expect.poll(read, { timeout, interval: 50 });
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

/** The URL parameter `name` of the page, polled (the URL writer may coalesce a burst). */
export function urlParam(page: Page, name: string) {
  return eventually(() => new URL(page.url()).searchParams.get(name));
}
