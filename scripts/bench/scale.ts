/**
 * `npm run bench -- --scale [--sizes 10000,100000,1000000] [--steps 15] [--budget 60]`: how the map
 * copes with many events. A benchmark, not a test: nothing is asserted. For each size it generates
 * a seeded synthetic set (scale-data.ts: two years, uneven days, clusters plus noise) and measures,
 * in one headless Chromium (software WebGL, 1280×800), side by side:
 *   (a) app:     the built app opening the set as an ACLED CSV with `?data=`, as a publisher would
 *   (b) geojson: a bare maplibre page, GeoJSON source + global-state time filter (today's approach)
 *   (c) custom:  a bare maplibre WebGL2 custom layer, the window as shader uniforms (issue 12's plan)
 *   (d) columns: the app's GPU claim layer (GpuClaims, with its numbered cells) and Store on the set
 *                as a published event file (CLCOL + meta JSON, scale-events.ts), over a bare map
 *   (e) app-columns: the whole built app opening the set as a published event file (`?data=….clcol`,
 *                written with a head and in the table's date order, as `npm run build -- --data` does)
 *   app-columns-before: the same with another build (BENCH_BEFORE_DIST=folder), to compare in one run
 * time to first draw, slider step → frame (median, p95), main-thread JS heap, the longest main-thread
 * task (load, steps), and the ratios to (b); for (d) also where its load time goes (scale-report.ts).
 * Each variant gets `--budget` seconds to draw and as many again for its steps; an overrun is
 * recorded as a failure (with the steps done by then). Prints a table and writes bench-results/scale-<time>.json (BENCH_SCALE_SHOTS=1: also
 * a screenshot of each first draw, to see what was measured).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quantile } from 'd3';
import { build } from 'vite';
import { openBrowser } from './browser.ts';
import { acledCsvOf, pointsFile, scaleSet } from './scale-data.ts';
import { SCALE_HEAD, scaleEventFiles } from './scale-events.ts';
import { measureVariant, type VariantFigures } from './scale-measure.ts';
import { report, type SizeResult, type Summary, VARIANTS, type Variant } from './scale-report.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export type ScaleOptions = { sizes: number[]; steps: number; budgetS: number; variants: Variant[] };

export function parseScaleOptions(argv: readonly string[]): ScaleOptions {
  const arg = (flag: string) => {
    const i = argv.indexOf(flag);
    return i < 0 ? null : (argv[i + 1] ?? '');
  };
  const whole = (flag: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs whole numbers ≥ ${min}, not "${text}"`);
    return n;
  };
  const sizes = (arg('--sizes') ?? '10000,100000,1000000').split(',').map((s) => whole('--sizes', s.trim(), 1));
  const variants = (arg('--variants') ?? VARIANTS.filter((v) => v !== 'app-columns-before').join(',')).split(',').map((v) => {
    if (!(VARIANTS as readonly string[]).includes(v.trim())) throw new Error(`--variants takes ${VARIANTS.join(', ')}, not "${v}"`);
    return v.trim() as Variant;
  });
  if (variants.includes('app-columns-before') && !process.env.BENCH_BEFORE_DIST)
    throw new Error('--variants app-columns-before needs BENCH_BEFORE_DIST=<a built dist/ folder>');
  return { sizes, steps: whole('--steps', arg('--steps') ?? '15', 1), budgetS: whole('--budget', arg('--budget') ?? '60', 1), variants };
}

function summarise(f: VariantFigures): Summary {
  const sorted = [...f.steps].sort((a, b) => a - b);
  return {
    ...f,
    stepMedianMs: sorted.length ? (quantile(sorted, 0.5) ?? null) : null,
    stepP95Ms: sorted.length ? (quantile(sorted, 0.95) ?? null) : null,
  };
}

export async function scaleBench(options: ScaleOptions): Promise<void> {
  const started = new Date();
  const dir = mkdtempSync(join(tmpdir(), 'claimline-scale-bench-'));
  const results: SizeResult[] = [];
  let product = '';
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  try {
    // The built app (npm run bench has just built dist/) and the bench page beside it, on one server.
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    // BENCH_BEFORE_DIST: another build of the app (say, the last commit's), for app-columns-before in the same run.
    if (process.env.BENCH_BEFORE_DIST) cpSync(process.env.BENCH_BEFORE_DIST, join(dir, 'before'), { recursive: true });
    await build({
      root: join(import.meta.dirname, 'scale-page'),
      base: './',
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: join(dir, 'scale'),
        emptyOutDir: true,
        target: 'es2022',
        assetsInlineLimit: 0,
        chunkSizeWarningLimit: 1200,
        rollupOptions: { input: ['index.html', 'columns.html'].map((f) => join(import.meta.dirname, 'scale-page', f)) },
      },
    });
    const browser = await openBrowser(dir);
    product = await browser.page.evaluate(() => navigator.userAgent);
    try {
      for (const size of options.sizes) {
        const set = scaleSet(size);
        const csv = acledCsvOf(set);
        writeFileSync(join(dir, `scale-${size}.csv`), csv);
        writeFileSync(join(dir, 'scale', `points-${size}.bin`), pointsFile(set));
        const events = scaleEventFiles(set);
        writeFileSync(join(dir, 'scale', `events-${size}.clcol`), events.columns);
        writeFileSync(join(dir, 'scale', `events-${size}.json`), events.meta);
        writeFileSync(join(dir, 'scale', `events-${size}.text`), events.text);
        if (options.variants.some((v) => v.startsWith('app-columns'))) {
          // As `npm run build -- --data` writes them: a head, the table's date order, the app's names.
          const app = scaleEventFiles(set, SCALE_HEAD);
          writeFileSync(join(dir, `events-${size}.clcol`), app.columns);
          writeFileSync(join(dir, `events-${size}.clcol.json`), app.meta);
          writeFileSync(join(dir, `events-${size}.cltext`), app.text);
        }
        const csvMB = Buffer.byteLength(csv) / 2 ** 20;
        const eventsMB = (events.columns.byteLength + Buffer.byteLength(events.meta)) / 2 ** 20;
        const budgetMs = options.budgetS * 1000;
        const how = { steps: options.steps, budgetMs };
        const urls: Record<Variant, string> = {
          app: `${browser.url}?data=scale-${size}.csv`,
          geojson: `${browser.url}scale/?mode=geojson&points=points-${size}.bin`,
          custom: `${browser.url}scale/?mode=custom&points=points-${size}.bin`,
          columns: `${browser.url}scale/columns.html?events=events-${size}`,
          'app-columns': `${browser.url}?data=events-${size}.clcol`,
          'app-columns-before': `${browser.url}before/?data=../events-${size}.clcol`,
        };
        const variants: Partial<Record<Variant, Summary>> = {};
        for (const v of options.variants) {
          console.log(`  ${size} × ${v}…`);
          const f = await measureVariant(browser.context, urls[v], {
            ...how,
            mapGlobal: v.startsWith('app') ? '__claimline' : '__bench',
            control: v.startsWith('app') ? '.cl-timeline__thumb--to' : '#to',
            screenshot: process.env.BENCH_SCALE_SHOTS ? join(ROOT, 'bench-results', `scale-${size}-${v}.png`) : null,
          });
          variants[v] = summarise(f);
          if (f.failure) console.log(`    ${v}: ${f.failure}`);
        }
        results.push({ size, csvMB, eventsMB, variants });
        const app = ['clcol', 'clcol.json', 'cltext'].map((x) => `events-${size}.${x}`);
        for (const f of [`scale-${size}.csv`, ...['clcol', 'json', 'text'].map((x) => `scale/events-${size}.${x}`), ...app])
          rmSync(join(dir, f), { force: true });
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report(results, options, product, started);
}
