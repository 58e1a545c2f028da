/**
 * `npm run bench -- --import [--rows N] [--runs N] [--main-runs N]`: import throughput. A benchmark,
 * not a test: nothing is asserted. It writes a synthetic ACLED export of N rows (100 000), builds a
 * small page (import-page/, not the app) that imports it, and measures in headless Chromium:
 *   - in the worker (importInWorker, as the app does): wall time from the call to the result,
 *     events/s, and the main-thread long tasks over 50 ms while it ran (the issue's goal: under
 *     1.5 s and none over 50 ms). One warm-up run (the worker chunk's first load) is reported apart.
 *   - on the main thread (importFile), for comparison: that one is expected to block.
 * Prints a table and writes bench-results/import-<time>.json, with the machine's load average
 * (the figures depend on what else runs there).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median as d3Median } from 'd3';
import { build } from 'vite';
import { openBrowser } from './browser.ts';
import { acledCsv } from './import-csv.ts';
import type { ImportBenchApi, RunFigures } from './import-page/page.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const GOAL_MS = 1500;
const LONG_TASK_MS = 50;

export type ImportBenchOptions = { rows: number; runs: number; mainRuns: number };

export function parseImportOptions(argv: readonly string[]): ImportBenchOptions {
  const value = (flag: string, fallback: number, min: number) => {
    const i = argv.indexOf(flag);
    if (i < 0) return fallback;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs a whole number ≥ ${min}, not "${argv[i + 1] ?? ''}"`);
    return n;
  };
  return { rows: value('--rows', 100_000, 1), runs: value('--runs', 5, 1), mainRuns: value('--main-runs', 3, 0) };
}

const median = (xs: number[]) => d3Median(xs) ?? Number.NaN;

function summary(runs: RunFigures[]) {
  const ms = median(runs.map((r) => r.ms));
  const first = runs[0];
  return {
    medianMs: ms,
    minMs: Math.min(...runs.map((r) => r.ms)),
    maxMs: Math.max(...runs.map((r) => r.ms)),
    eventsPerSecond: first ? (first.events / ms) * 1000 : Number.NaN,
    longTasksMax: Math.max(...runs.map((r) => r.longTasks)),
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
    maxTimerGapMs: Math.max(...runs.map((r) => r.maxTimerGapMs)),
    parsedMedianMs: median(runs.flatMap((r) => (r.parsedMs === null ? [] : [r.parsedMs]))),
  };
}

export async function importBench(options: ImportBenchOptions): Promise<void> {
  const { rows, runs, mainRuns } = options;
  const started = new Date();
  const dir = mkdtempSync(join(tmpdir(), 'claimline-import-bench-'));
  try {
    await build({
      root: join(import.meta.dirname, 'import-page'),
      base: './',
      configFile: false,
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
    });
    const csv = acledCsv(rows);
    writeFileSync(join(dir, 'bench.csv'), csv);
    const csvBytes = Buffer.byteLength(csv);
    console.log(`import bench: ${rows} rows, ${(csvBytes / 2 ** 20).toFixed(1)} MB of ACLED-layout CSV`);

    const browser = await openBrowser(dir);
    const { page } = browser;
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    try {
      await page.goto(browser.url);
      await page.waitForFunction(() => document.getElementById('status')?.dataset.ready === 'true', null, { timeout: 60_000 });
      const product = await page.evaluate(() => navigator.userAgent);
      await page.evaluate(
        (url) => (window as unknown as { __importBench: ImportBenchApi }).__importBench.load(url),
        `${browser.url}bench.csv`,
      );
      const call = (kind: 'worker' | 'main') =>
        page.evaluate((k) => (window as unknown as { __importBench: ImportBenchApi }).__importBench[k](), kind);
      const line = (label: string, r: RunFigures) =>
        console.log(
          `  ${label.padEnd(14)} ${`${r.ms.toFixed(0)} ms`.padStart(9)}  ${r.parsedMs === null ? '' : `(parsed at ${r.parsedMs.toFixed(0)} ms) `}${r.events} events, ${r.longTasks} long tasks (longest ${r.longestTaskMs.toFixed(0)} ms, timer gap ${r.maxTimerGapMs.toFixed(0)} ms)${r.tasks.length ? ` at ${r.tasks.map(([t, d]) => `${t}+${d}`).join(', ')}` : ''}`,
        );

      const warmup = await call('worker');
      line('worker warm-up', warmup);
      const worker: RunFigures[] = [];
      for (let i = 0; i < runs; i++) {
        worker.push(await call('worker'));
        line(`worker ${i + 1}`, worker[i] as RunFigures);
      }
      const main: RunFigures[] = [];
      for (let i = 0; i < mainRuns; i++) {
        main.push(await call('main'));
        line(`main ${i + 1}`, main[i] as RunFigures);
      }

      const w = summary(worker);
      const m = main.length ? summary(main) : null;
      const load = loadavg();
      const ref = worker[0] ?? warmup;
      console.log(
        `\nImport benchmark (headless ${product.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}; ${rows} rows → ${ref.events} events, ${ref.merged} merged, ${ref.skipped} skipped, ${ref.warnings} warnings; format ${ref.format})`,
      );
      console.log(`machine: ${cpus().length} CPUs, load average ${load.map((x) => x.toFixed(2)).join(' ')}\n`);
      console.log('                     median      min      max     events/s   long tasks >50 ms (max/run)   longest');
      const row = (label: string, s: ReturnType<typeof summary>) =>
        console.log(
          `  ${label.padEnd(17)} ${`${s.medianMs.toFixed(0)} ms`.padStart(8)} ${`${s.minMs.toFixed(0)}`.padStart(8)} ${`${s.maxMs.toFixed(0)}`.padStart(8)} ${s.eventsPerSecond.toFixed(0).padStart(12)}   ${String(s.longTasksMax).padStart(27)}   ${`${s.longestTaskMs.toFixed(0)} ms`.padStart(7)}`,
        );
      row(`worker (${runs} runs)`, w);
      if (m) row(`main (${mainRuns} runs)`, m);
      console.log(
        `  worker split (median): parsed in the worker by ${w.parsedMedianMs.toFixed(0)} ms, then ${(w.medianMs - w.parsedMedianMs).toFixed(0)} ms to clone the result across`,
      );
      console.log(
        `\ngoal (worker): under ${GOAL_MS} ms: ${w.medianMs < GOAL_MS ? 'MET' : 'MISSED'}; no main-thread task over ${LONG_TASK_MS} ms: ${w.longTasksMax === 0 ? 'MET' : 'MISSED'}`,
      );

      const out = join(ROOT, 'bench-results');
      mkdirSync(out, { recursive: true });
      const file = join(out, `import-${started.toISOString().replace(/[:.]/g, '-')}.json`);
      const json = {
        started: started.toISOString(),
        browser: product,
        machine: { cpus: cpus().length, loadavg: load },
        options,
        csvBytes,
        goal: { ms: GOAL_MS, longTaskMs: LONG_TASK_MS },
        worker: { summary: w, warmup, runs: worker },
        main: m ? { summary: m, runs: main } : null,
        pageErrors,
      };
      writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
      console.log(`written: ${file}`);
      if (pageErrors.length) console.log(`page errors: ${pageErrors.length} (first: ${pageErrors[0]})`);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
