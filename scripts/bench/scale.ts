/**
 * `npm run bench -- --scale [--sizes 10000,100000,1000000] [--steps 15] [--budget 60]`: how the map
 * copes with many events. A benchmark, not a test: nothing is asserted. For each size it generates
 * a seeded synthetic set (scale-data.ts: two years, uneven days, clusters plus noise) and measures,
 * in one headless Chromium (software WebGL, 1280×800), side by side:
 *   (a) app:     the built app opening the set as an ACLED CSV with `?data=`, as a publisher would
 *   (b) geojson: a bare maplibre page, GeoJSON source + global-state time filter (today's approach)
 *   (c) custom:  a bare maplibre WebGL2 custom layer, the window as shader uniforms (issue 12's plan)
 * time to first draw, slider step → frame (median, p95), main-thread JS heap, and the ratios to (b).
 * Each variant gets `--budget` seconds to draw and as many again for its steps; an overrun is
 * recorded as a failure (with the steps done by then). Prints a table and writes bench-results/scale-<time>.json (BENCH_SCALE_SHOTS=1: also
 * a screenshot of each first draw, to see what was measured).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { quantile } from 'd3';
import { build } from 'vite';
import { openBrowser } from './browser.ts';
import { acledCsvOf, pointsFile, scaleSet } from './scale-data.ts';
import { measureVariant, type VariantFigures } from './scale-measure.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const VARIANTS = ['app', 'geojson', 'custom'] as const;
type Variant = (typeof VARIANTS)[number];

export type ScaleOptions = { sizes: number[]; steps: number; budgetS: number };

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
  return { sizes, steps: whole('--steps', arg('--steps') ?? '15', 1), budgetS: whole('--budget', arg('--budget') ?? '60', 1) };
}

function summarise(f: VariantFigures) {
  const sorted = [...f.steps].sort((a, b) => a - b);
  return {
    ...f,
    stepMedianMs: sorted.length ? (quantile(sorted, 0.5) ?? null) : null,
    stepP95Ms: sorted.length ? (quantile(sorted, 0.95) ?? null) : null,
  };
}
type Summary = ReturnType<typeof summarise>;
type SizeResult = { size: number; csvMB: number; variants: Record<Variant, Summary> };

export async function scaleBench(options: ScaleOptions): Promise<void> {
  const started = new Date();
  const dir = mkdtempSync(join(tmpdir(), 'claimline-scale-bench-'));
  const results: SizeResult[] = [];
  let product = '';
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  try {
    // The built app (npm run bench has just built dist/) and the bench page beside it, on one server.
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    await build({
      root: join(import.meta.dirname, 'scale-page'),
      base: './',
      configFile: false,
      logLevel: 'warn',
      build: { outDir: join(dir, 'scale'), emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
    });
    const browser = await openBrowser(dir);
    product = await browser.page.evaluate(() => navigator.userAgent);
    try {
      for (const size of options.sizes) {
        const set = scaleSet(size);
        const csv = acledCsvOf(set);
        writeFileSync(join(dir, `scale-${size}.csv`), csv);
        writeFileSync(join(dir, 'scale', `points-${size}.bin`), pointsFile(set));
        const csvMB = Buffer.byteLength(csv) / 2 ** 20;
        const budgetMs = options.budgetS * 1000;
        const how = { steps: options.steps, budgetMs };
        const urls: Record<Variant, string> = {
          app: `${browser.url}?data=scale-${size}.csv`,
          geojson: `${browser.url}scale/?mode=geojson&points=points-${size}.bin`,
          custom: `${browser.url}scale/?mode=custom&points=points-${size}.bin`,
        };
        const variants = {} as Record<Variant, Summary>;
        for (const v of VARIANTS) {
          console.log(`  ${size} × ${v}…`);
          const f = await measureVariant(browser.context, urls[v], {
            ...how,
            mapGlobal: v === 'app' ? '__claimline' : '__bench',
            control: v === 'app' ? '.cl-timeline__thumb--to' : '#to',
            screenshot: process.env.BENCH_SCALE_SHOTS ? join(ROOT, 'bench-results', `scale-${size}-${v}.png`) : null,
          });
          variants[v] = summarise(f);
          if (f.failure) console.log(`    ${v}: ${f.failure}`);
        }
        results.push({ size, csvMB, variants });
        rmSync(join(dir, `scale-${size}.csv`));
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report(results, options, product, started);
}

function report(results: SizeResult[], options: ScaleOptions, product: string, started: Date): void {
  const ms = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : `${x.toFixed(0)} ms`);
  const mb = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)} MB`);
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || !b ? '—' : `${(a / b).toFixed(2)}×`);
  const load = loadavg();
  console.log(
    `\nScale benchmark (headless ${product.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, software WebGL, 1280×800; ${options.steps} steps; budget ${options.budgetS} s a variant)`,
  );
  console.log(`machine: ${cpus().length} CPUs, load average ${load.map((x) => x.toFixed(2)).join(' ')}`);
  console.log('(a) app with ?data= ACLED CSV   (b) bare GeoJSON + global-state filter   (c) bare custom layer, uniforms\n');
  const cols = ['first draw', 'step median', 'step p95', 'JS heap'] as const;
  console.log(`  size       variant   ${cols.map((c) => c.padStart(12)).join('')}   c/b step  a/b step  a/b draw`);
  for (const r of results) {
    const { app: a, geojson: b, custom: c } = r.variants;
    for (const v of VARIANTS) {
      const s = r.variants[v];
      const cells = [ms(s.firstDrawMs), ms(s.stepMedianMs), ms(s.stepP95Ms), mb(s.heapMB)];
      const extra =
        v === 'geojson'
          ? `   ${ratio(c.stepMedianMs, b.stepMedianMs).padStart(8)}  ${ratio(a.stepMedianMs, b.stepMedianMs).padStart(8)}  ${ratio(a.firstDrawMs, b.firstDrawMs).padStart(8)}`
          : '';
      console.log(
        `  ${(v === 'app' ? String(r.size) : '').padEnd(10)} ${v.padEnd(9)} ${cells.map((x) => x.padStart(12)).join('')}${extra}${s.failure ? `   ${s.failure}` : ''}`,
      );
    }
  }
  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `scale-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = { started: started.toISOString(), browser: product, machine: { cpus: cpus().length, loadavg: load }, options, results };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwritten: ${file}`);
}
