/**
 * `npm run bench -- --first-view`: every resource the first view fetches, for `/` and `/?embed` of the
 * built app (dist/) and for the bare maplibre page, with raw and gzip (-9) sizes and totals by kind.
 * A first view ends when `#app[data-ready=true]` and the map is idle (the bare page: its first idle).
 * Requests are counted at the browser's context, so worker fetches count too. Nothing is asserted.
 */
import { gzipSync } from 'node:zlib';
import { openBrowser } from './browser.ts';

type Fetched = { url: string; kind: string; raw: number; gzip: number };

const KINDS: [RegExp, string][] = [
  [/\.(m?js)$/, 'js'],
  [/\.css$/, 'css'],
  [/\.woff2?$/, 'fonts'],
  [/\.(geo)?json$/, 'data'],
  [/\.html$|\/$/, 'html'],
];
const kindOf = (path: string) => KINDS.find(([re]) => re.test(path))?.[1] ?? 'other';

/** `ready` runs in the page and resolves once the view is drawn. */
export type FirstView = { rows: Fetched[]; load: number };

/** What one page fetches up to its first view, and when that view was ready (the claimline:first-idle mark, ms). */
export async function firstView(root: string, path: string, ready: () => boolean): Promise<FirstView> {
  const browser = await openBrowser(root);
  const fetched: Promise<Fetched | null>[] = [];
  browser.context.on('requestfinished', (request) => {
    fetched.push(
      (async () => {
        const url = new URL(request.url());
        if (url.protocol !== 'http:') return null; // data: and blob: URLs cost no transfer
        const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
        const name = url.pathname.replace(/^\//, '') || 'index.html';
        return { url: name, kind: kindOf(name), raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
      })().catch(() => null),
    );
  });
  await browser.page.goto(`${browser.url}${path}`);
  await browser.page.waitForFunction(ready, null, { timeout: 60_000 });
  const load = await browser.page.evaluate(() => performance.getEntriesByName('claimline:first-idle')[0]?.startTime ?? Number.NaN);
  await browser.page.waitForTimeout(500); // late requests (glyphs, lazy chunks) that a first view still triggers
  const rows = (await Promise.all(fetched)).filter((r): r is Fetched => r !== null);
  await browser.close();
  return { rows: rows.sort((a, b) => b.gzip - a.gzip), load };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10);

export function printFirstView(title: string, { rows, load }: FirstView): void {
  console.log(`\n${title}: ${rows.length} requests, first idle at ${load.toFixed(0)} ms`);
  for (const r of rows) console.log(`  ${r.kind.padEnd(6)} ${kb(r.raw)} ${kb(r.gzip)}  ${r.url}`);
  const byKind = new Map<string, { raw: number; gzip: number }>();
  for (const r of rows) {
    const k = byKind.get(r.kind) ?? { raw: 0, gzip: 0 };
    byKind.set(r.kind, { raw: k.raw + r.raw, gzip: k.gzip + r.gzip });
  }
  console.log('  by kind               raw       gzip');
  for (const [k, v] of [...byKind].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`    ${k.padEnd(14)} ${kb(v.raw)} ${kb(v.gzip)}`);
  const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`    ${'total'.padEnd(14)} ${kb(total.raw)} ${kb(total.gzip)}`);
}

// The app sets data-ready on its map's first idle (src/main.ts).
const APP_READY = () => document.querySelector<HTMLElement>('#app')?.dataset.ready === 'true';
const BARE_READY = () => performance.getEntriesByName('claimline:first-idle').length > 0;

export async function firstViewBench(dist: string, bareDir: string): Promise<void> {
  printFirstView('app /', await firstView(dist, '', APP_READY));
  const embed = await firstView(dist, '?embed', APP_READY);
  printFirstView('app /?embed', embed);
  const bare = await firstView(bareDir, '', BARE_READY);
  printFirstView('bare maplibre page', bare);
  // One cold load each (a fresh browser): a rough figure; `npm run bench` gives medians over several loads.
  console.log(`\nfirst idle, embed / bare: ${(embed.load / bare.load).toFixed(2)}×`);
}
