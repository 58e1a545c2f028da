/**
 * `npm run bench -- --soak [--minutes N] [--cycles N]`: does the page keep its memory over a long
 * session? A benchmark, not a test: it prints its figures and "GOAL MET" / "GOAL MISSED" lines,
 * and writes them to bench-results/soak-<time>.json. Phases, in one page of the built app:
 *   1. load `?date=2022-09-13`, warm up (one full play, one round of each cycle), measure: baseline;
 *   2. play the timeline at 8 days/s, again each time it stops at the end, for N minutes (30); measure;
 *   3. N cycles (1000), each: open and close a claim from the table, the share dialog, the phone
 *      sheet, a region's and the naming policy's text; switch the language (en → hy → az → ru → en);
 *      toggle one claimant side (off, then on at the next cycle); measure.
 * Before each measurement the page goes back to the state it had at the baseline (window, sides,
 * view, language, nothing open), and garbage is collected (CDP HeapProfiler.collectGarbage).
 * Every change uses "replace" intents, so history.length should not move either.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { openBrowser } from './browser.ts';
import { printReport, type Sample } from './soak-report.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SPEED = 8;
const LANGS = ['hy', 'az', 'ru', 'en'] as const;
const SIDES = ['armenia', 'azerbaijan', 'third_party', 'independent'] as const;

export type SoakOptions = { minutes: number; cycles: number };

export function parseSoakOptions(argv: readonly string[]): SoakOptions {
  const value = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    if (i < 0) return fallback;
    const n = Number(argv[i + 1]);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a number ≥ 0, not "${argv[i + 1] ?? ''}"`);
    return n;
  };
  return { minutes: value('--minutes', 30), cycles: Math.round(value('--cycles', 1000)) };
}

type Panel = { kind: 'sheet' } | { kind: 'policy' } | { kind: 'region'; id: string };
type Snapshot = Record<string, unknown>;
/** scripts/bench/soak-page.js, as the page holds it. */
type Driver = {
  settle(): Promise<void>;
  play(speed: number): Promise<void>;
  claim(n: number): Promise<void>;
  share(): Promise<void>;
  panel(panel: Panel): Promise<void>;
  lang(lang: string): Promise<void>;
  side(side: string): Promise<void>;
  snapshot(): Snapshot;
  restore(snap: Snapshot): Promise<void>;
  counts(): Record<string, number>;
};

/** Calls a driver method in the page (the function passed to evaluate defines no names: see soak-page.js). */
function driver(page: Page) {
  return <K extends keyof Driver>(name: K, ...args: Parameters<Driver[K]>) =>
    page.evaluate(
      ([n, a]) => {
        const method = (window as unknown as { __soak: Record<string, ((...x: unknown[]) => unknown) | undefined> }).__soak[n];
        if (!method) throw new Error(`soak: the page driver has no ${n}`);
        return method(...a);
      },
      [name, args] as [string, unknown[]],
    ) as Promise<Awaited<ReturnType<Driver[K]>>>;
}

async function listenersOn(cdp: CDPSession, expression: 'document' | 'window'): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { objectId } = result;
  if (!objectId) throw new Error(`soak: no remote object for ${expression}`);
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId });
  await cdp.send('Runtime.releaseObject', { objectId });
  return listeners.length;
}

/** One measurement: counts read in the page, then garbage collected (three times), then the heap and Blink's counters. */
async function measure(page: Page, cdp: CDPSession, label: string, t0: number): Promise<Sample> {
  const counts = await driver(page)('counts');
  const count = (name: string) => counts[name] ?? Number.NaN;
  const documentListeners = await listenersOn(cdp, 'document');
  const windowListeners = await listenersOn(cdp, 'window');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    label,
    seconds: Math.round((Date.now() - t0) / 1000),
    heapUsed: heap.usedSize,
    heapTotal: heap.totalSize,
    jsHeapUsedSize: metric('JSHeapUsedSize'),
    nodes: metric('Nodes'),
    jsEventListeners: metric('JSEventListeners'),
    documents: metric('Documents'),
    layoutObjects: metric('LayoutObjects'),
    elements: count('elements'),
    storeListeners: count('storeListeners'),
    documentListeners,
    windowListeners,
    mapControls: count('mapControls'),
    mapListeners: count('mapListeners'),
    historyLength: count('historyLength'),
  };
}

const regionIds = (): string[] =>
  (JSON.parse(readFileSync(join(ROOT, 'data/regions.geojson'), 'utf8')) as { features: { properties: { id: string } }[] }).features.map(
    (f) => f.properties.id,
  );

export async function soak(options: SoakOptions): Promise<void> {
  const { minutes, cycles } = options;
  const started = new Date();
  const t0 = Date.now();
  const log = (line: string) => console.log(`[soak ${((Date.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${line}`);
  // CLAIMLINE_DIST: another build (an older commit's, say), as for the browser tests.
  const browser = await openBrowser(process.env.CLAIMLINE_DIST ?? join(ROOT, 'dist'));
  const { page } = browser;
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  try {
    await page.goto(`${browser.url}?date=2022-09-13`);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.ready === 'true', null, { timeout: 60_000 });
    await page.evaluate(readFileSync(join(import.meta.dirname, 'soak-page.js'), 'utf8'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    const { product } = await cdp.send('Browser.getVersion');
    const run = driver(page);
    const home = await run('snapshot');
    const regions = regionIds();
    const timings: Record<string, number[]> = {};
    const timed = async (kind: string, action: () => Promise<unknown>) => {
      const start = performance.now();
      await action();
      const list = timings[kind] ?? [];
      list.push(performance.now() - start);
      timings[kind] = list;
    };
    const cycle = async (i: number) => {
      await timed('claim', () => run('claim', i));
      await timed('share', () => run('share'));
      await timed('sheet', () => run('panel', { kind: 'sheet' }));
      await timed('region', () => run('panel', { kind: 'region', id: regions[i % regions.length] ?? '' }));
      await timed('policy', () => run('panel', { kind: 'policy' }));
      await timed('lang', () => run('lang', LANGS[i % LANGS.length] ?? 'en'));
      // Off at even cycles, on again at odd ones: one side at a time, so the table never empties.
      await timed('side', () => run('side', SIDES[Math.floor(i / 2) % SIDES.length] ?? 'armenia'));
    };

    log(`${product}; warming up (one play, one round of each cycle)`);
    await run('play', SPEED);
    for (let i = 0; i < LANGS.length; i++) await cycle(i);
    await run('restore', home);
    for (const k of Object.keys(timings)) delete timings[k];
    const baseline = await measure(page, cdp, 'baseline', t0);
    log(`baseline: heap ${(baseline.heapUsed / 2 ** 20).toFixed(1)} MB, ${baseline.nodes} nodes`);

    log(`play: ${minutes} min at ${SPEED} days/s`);
    const playTrend: Sample[] = [];
    const playStart = Date.now();
    const playEnd = playStart + minutes * 60_000;
    let plays = 0;
    let nextTrend = playStart + 60_000;
    while (Date.now() < playEnd) {
      await timed('play', () => run('play', SPEED));
      plays++;
      if (Date.now() >= nextTrend && Date.now() < playEnd) {
        nextTrend += 60_000;
        const s = await measure(page, cdp, `play ${playTrend.length + 1} min`, t0);
        playTrend.push(s);
        log(`play: ${plays} plays, heap ${(s.heapUsed / 2 ** 20).toFixed(1)} MB`);
      }
    }
    await run('restore', home);
    const afterPlay = await measure(page, cdp, 'after play', t0);
    log(`after play (${plays} plays): heap ${(afterPlay.heapUsed / 2 ** 20).toFixed(1)} MB`);

    log(`cycles: ${cycles} of each`);
    // About every tenth of the way, at a multiple of 4 cycles: back in English with every side shown.
    const cycleTrend: Sample[] = [];
    const every = Math.max(4, Math.round(cycles / 40) * 4);
    for (let i = 0; i < cycles; i++) {
      await cycle(i);
      if ((i + 1) % every === 0 && i + 1 < cycles) {
        const s = await measure(page, cdp, `cycles ${i + 1}`, t0);
        cycleTrend.push(s);
        log(`cycles: ${i + 1}/${cycles}, heap ${(s.heapUsed / 2 ** 20).toFixed(1)} MB, ${s.nodes} nodes, ${s.jsEventListeners} listeners`);
      }
    }
    await run('restore', home);
    const afterCycles = await measure(page, cdp, 'after cycles', t0);
    log('done');

    const result = printReport({
      options: { minutes, cycles, speed: SPEED },
      plays,
      baseline,
      afterPlay,
      afterCycles,
      playTrend,
      cycleTrend,
      timings,
    });
    const dir = join(ROOT, 'bench-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `soak-${started.toISOString().replace(/[:.]/g, '-')}.json`);
    const json = { started: started.toISOString(), browser: product, ...result, playTrend, cycleTrend, pageErrors };
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nwritten: ${file}`);
    if (pageErrors.length) console.log(`page errors during the soak: ${pageErrors.length} (first: ${pageErrors[0]})`);
  } finally {
    await browser.close();
  }
}
