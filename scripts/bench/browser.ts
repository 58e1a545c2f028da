/**
 * The benchmark's browser, shared by `npm run bench` and its soak mode: a folder served on
 * 127.0.0.1 and Debian's Chromium with the browser tests' flags (software WebGL), in a throwaway
 * profile. `close()` ends all three.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM } from '../../tests/browser/harness.ts';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../static-server.mjs';

export type BenchBrowser = { url: string; context: BrowserContext; page: Page; close: () => Promise<void> };

export async function openBrowser(root: string, viewport = { width: 1280, height: 800 }): Promise<BenchBrowser> {
  const server = await startServer({ root });
  const profile = mkdtempSync(join(tmpdir(), 'claimline-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    url: server.url,
    context,
    page,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
