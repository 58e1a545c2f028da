/**
 * `npm run bench`: what a newsroom embed pays for and how fast it answers, for the built app and
 * for a bare maplibre page drawing the same data. A benchmark, not a test: nothing here is asserted.
 *   - bytes shipped by kind (JS, CSS, fonts, data), raw and gzip
 *   - median time from navigation to the map's first `idle` over several loads
 *   - median time from one slider step to the next `idle`
 * `npm run bench -- --soak [--minutes N] [--cycles N]` runs the soak instead (soak.ts).
 * `npm run bench -- --import [--rows N]` measures import throughput instead (import.ts).
 * `npm run bench -- --first-view` lists what the first view of `/`, `/?embed` and the bare page fetch (first-view.ts).
 * `npm run bench -- --scale [--sizes 10000,100000]` measures 10k–1M synthetic events instead (scale.ts).
 * `npm run bench -- --columns [--rows 1000000]` measures loading the binary column file instead (columns.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median as d3Median } from 'd3';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { openBrowser } from './browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const STEPS = Number(process.env.BENCH_STEPS ?? 15);
const median = (xs: number[]) => d3Median(xs) ?? Number.NaN;

function bytes(dir: string) {
  const kinds: Record<string, { raw: number; gzip: number }> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        walk(p);
        continue;
      }
      const ext = extname(p);
      const kind = ['.js', '.mjs'].includes(ext)
        ? 'js'
        : ext === '.css'
          ? 'css'
          : ext === '.woff2'
            ? 'fonts'
            : ['.geojson', '.json'].includes(ext)
              ? 'data'
              : 'other';
      const body = readFileSync(p);
      kinds[kind] ??= { raw: 0, gzip: 0 };
      kinds[kind].raw += body.length;
      kinds[kind].gzip += gzipSync(body, { level: 9 }).length;
    }
  };
  walk(dir);
  return kinds;
}

async function measure(dir: string, step: (page: Page) => Promise<void>) {
  const browser = await openBrowser(dir);
  const { page } = browser;
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(`${browser.url}?date=2022-09-13`);
    await page.waitForFunction(() => performance.getEntriesByName('claimline:first-idle').length > 0, null, { timeout: 60_000 });
    loads.push(await page.evaluate(() => performance.getEntriesByName('claimline:first-idle')[0]?.startTime ?? Number.NaN));
  }
  const steps: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const t0 = Date.now();
    await step(page);
    steps.push(Date.now() - t0);
  }
  await browser.close();
  return { load: median(loads), step: median(steps) };
}

if (process.argv.includes('--soak')) {
  const { parseSoakOptions, soak } = await import('./soak.ts');
  await soak(parseSoakOptions(process.argv.slice(2)));
} else if (process.argv.includes('--scale')) {
  const { parseScaleOptions, scaleBench } = await import('./scale.ts');
  await scaleBench(parseScaleOptions(process.argv.slice(2)));
} else if (process.argv.includes('--columns')) {
  const { columnsBench, parseColumnsOptions } = await import('./columns.ts');
  await columnsBench(parseColumnsOptions(process.argv.slice(2)));
} else if (process.argv.includes('--import')) {
  const { importBench, parseImportOptions } = await import('./import.ts');
  await importBench(parseImportOptions(process.argv.slice(2)));
} else if (process.argv.includes('--first-view')) {
  const { firstViewBench, parseFirstViewOptions } = await import('./first-view.ts');
  const bareDir = await buildBare();
  await firstViewBench(join(ROOT, 'dist'), bareDir, parseFirstViewOptions(process.argv.slice(2)));
  rmSync(bareDir, { recursive: true, force: true });
} else {
  await bench();
}

async function buildBare(): Promise<string> {
  const bareDir = mkdtempSync(join(tmpdir(), 'claimline-bare-'));
  await build({
    root: join(ROOT, 'scripts/bench/bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
  });
  return bareDir;
}

async function bench(): Promise<void> {
  const bareDir = await buildBare();

  const appBytes = bytes(join(ROOT, 'dist'));
  const bareBytes = bytes(bareDir);
  const app = await measure(join(ROOT, 'dist'), (page) =>
    page.evaluate(async () => {
      const { map } = (window as unknown as { __claimline: { map: { once: (e: string) => Promise<unknown> } } }).__claimline;
      const idle = map.once('idle');
      const thumb = document.querySelector<HTMLElement>('.cl-timeline__thumb--to');
      if (!thumb) throw new Error('no slider thumb');
      thumb.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await idle;
    }),
  );
  const bare = await measure(bareDir, (page) =>
    page.evaluate(async () => {
      const map = (
        window as unknown as {
          __bare: {
            once: (e: string) => Promise<unknown>;
            setGlobalStateProperty: (k: string, v: number) => void;
            getGlobalState: () => { to: number };
          };
        }
      ).__bare;
      const idle = map.once('idle');
      map.setGlobalStateProperty('to', (map.getGlobalState().to ?? 19265) - 1);
      await idle;
    }),
  );
  rmSync(bareDir, { recursive: true, force: true });

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : 'n/a');
  console.log(`\nClaimline benchmark (headless Chromium, software WebGL; ${LOADS} loads, ${STEPS} slider steps)\n`);
  console.log('bytes shipped       app raw     app gzip    bare gzip   app/bare (gzip)');
  for (const kind of ['js', 'css', 'fonts', 'data', 'other']) {
    const a = appBytes[kind] ?? { raw: 0, gzip: 0 };
    const b = bareBytes[kind] ?? { raw: 0, gzip: 0 };
    if (!a.raw && !b.raw) continue;
    console.log(
      `  ${kind.padEnd(16)}  ${kb(a.raw).padStart(10)}  ${kb(a.gzip).padStart(10)}  ${kb(b.gzip).padStart(10)}   ${ratio(a.gzip, b.gzip)}`,
    );
  }
  const total = (k: typeof appBytes) =>
    Object.values(k).reduce((s, v) => ({ raw: s.raw + v.raw, gzip: s.gzip + v.gzip }), { raw: 0, gzip: 0 });
  console.log(
    `  ${'total'.padEnd(16)}  ${kb(total(appBytes).raw).padStart(10)}  ${kb(total(appBytes).gzip).padStart(10)}  ${kb(total(bareBytes).gzip).padStart(10)}   ${ratio(total(appBytes).gzip, total(bareBytes).gzip)}`,
  );
  console.log('\ntimings (median)    app         bare        app/bare');
  console.log(
    `  navigation→idle   ${`${app.load.toFixed(0)} ms`.padStart(10)}  ${`${bare.load.toFixed(0)} ms`.padStart(10)}   ${ratio(app.load, bare.load)}`,
  );
  console.log(
    `  slider step→idle  ${`${app.step.toFixed(0)} ms`.padStart(10)}  ${`${bare.step.toFixed(0)} ms`.padStart(10)}   ${ratio(app.step, bare.step)}`,
  );
}
