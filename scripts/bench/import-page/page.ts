/**
 * The import benchmark's page (built by scripts/bench/import.ts, never part of the app's build): it
 * fetches the synthetic CSV once, then on request imports it in the worker (importInWorker, as the
 * app does) or on this thread (importFile), and reports the wall time, what was imported and the
 * main-thread long tasks (over 50 ms) seen while it ran. No CSP or Trusted Types here: those belong
 * to the app's index.html, and this page only measures the importer.
 */
import { importInWorker } from '../../../src/data/import/client.ts';
import { importFile } from '../../../src/data/import/index.ts';
import type { ImportResult } from '../../../src/data/import/types.ts';

export type RunFigures = {
  ms: number;
  events: number;
  skipped: number;
  merged: number;
  warnings: number;
  fatal: string | null;
  format: string;
  /** Long tasks (PerformanceObserver 'longtask', > 50 ms) overlapping the run. */
  longTasks: number;
  longestTaskMs: number;
  longTaskTotalMs: number;
  /** The longest gap between ticks of a 10 ms timer: a cross-check of the long tasks. */
  maxTimerGapMs: number;
  /** Each long task as [start, duration], ms from the start of the run. */
  tasks: [number, number][];
  /**
   * Worker only: when progress 1 arrived (the worker posts it as soon as importFile returns), so
   * `ms - parsedMs` is the hand-over: cloning the result in the worker, and receiving it here.
   */
  parsedMs: number | null;
};

const NAME = 'bench.csv';
// A fixed "today" after every synthetic date, so no run warns about future dates differently.
const NOW = '2025-06-01';
let bytes = new Uint8Array(0);

async function load(url: string): Promise<number> {
  bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  return bytes.length;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measured(run: (onProgress: (f: number) => void) => Promise<ImportResult>): Promise<RunFigures> {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  let maxGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 10);
  await pause(50);
  const t0 = performance.now();
  last = t0;
  let parsed: number | null = null;
  const result = await run((f) => {
    if (f === 1) parsed = performance.now();
  });
  const t1 = performance.now();
  // Long-task entries are delivered after the task ends: give them time to arrive.
  await pause(200);
  clearInterval(timer);
  observer.disconnect();
  const during = tasks.filter((t) => t.startTime < t1 && t.startTime + t.duration > t0);
  const figures: RunFigures = {
    ms: t1 - t0,
    events: result.events.length,
    skipped: result.report.skipped.length,
    merged: result.report.merged,
    warnings: result.report.warnings.length,
    fatal: result.report.fatal,
    format: result.report.format,
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTaskTotalMs: during.reduce((s, t) => s + t.duration, 0),
    maxTimerGapMs: maxGap,
    tasks: during.map((t) => [Math.round(t.startTime - t0), Math.round(t.duration)]),
    parsedMs: parsed === null ? null : (parsed as number) - t0,
  };
  return figures;
}

const api = {
  load,
  worker: () => measured((onProgress) => importInWorker({ name: NAME, bytes }, { now: NOW, onProgress }).promise),
  // Awaiting a resolved promise, so the synchronous parse is one task between the two timestamps.
  main: () => measured(async () => importFile(NAME, bytes, { now: NOW })),
};
export type ImportBenchApi = typeof api;
(window as unknown as { __importBench: ImportBenchApi }).__importBench = api;
document.getElementById('status')?.setAttribute('data-ready', 'true');
