/**
 * One variant of the scale bench on one page, within a time budget: navigation → first `idle` with
 * the points drawn (the `claimline:first-idle` mark, set by the app and by the bench page alike), the
 * main thread's JS heap after a forced GC (CDP; the maplibre and import workers are not counted),
 * then slider steps. A step is the same in every variant: a real ArrowLeft key press on the focused
 * window-end control, timed in the page from the keydown to the map's next `idle` plus one frame.
 * A budget overrun is recorded as a failure, never waited out.
 */
import type { BrowserContext, Page } from 'playwright-core';

export type VariantFigures = {
  firstDrawMs: number | null;
  heapMB: number | null;
  steps: number[];
  /** The longest main-thread task (PerformanceObserver longtask, ≥ 50 ms, else null) up to the first draw, and during the steps. */
  longTaskLoadMs: number | null;
  longTaskStepsMs: number | null;
  /** The page's `bench:*` marks (ms from navigation) and its `__bench.profile()`, where it has them. */
  marks: Record<string, number>;
  profile: Record<string, number> | null;
  failure: string | null;
  pageErrors: string[];
};

type Probe = { __scaleSteps: number[]; __longTasks: [number, number][] };
type Bench = { map: { once(e: string): Promise<unknown> }; settled?: () => Promise<void>; profile?: () => Record<string, number> };

const benchMarks = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries(
      performance.getEntriesByType('mark').flatMap((m) => (m.name.startsWith('bench:') ? [[m.name.slice(6), m.startTime]] : [])),
    ),
  );
const longest = (tasks: [number, number][], from: number, to: number) =>
  tasks.filter(([at]) => at >= from && at < to).reduce<number | null>((m, [, d]) => Math.max(m ?? 0, d), null);

export async function measureVariant(
  context: BrowserContext,
  url: string,
  how: {
    mapGlobal: '__claimline' | '__bench';
    control: string;
    steps: number;
    /** For the first draw, and again for all the steps together. */
    budgetMs: number;
    /** Where to save a screenshot of the first draw (to check by eye what was measured), or null. */
    screenshot: string | null;
  },
): Promise<VariantFigures> {
  const figures: VariantFigures = {
    firstDrawMs: null,
    heapMB: null,
    steps: [],
    longTaskLoadMs: null,
    longTaskStepsMs: null,
    marks: {},
    profile: null,
    failure: null,
    pageErrors: [],
  };
  const page = await context.newPage();
  await page.addInitScript(() => {
    const probe = window as unknown as Probe;
    probe.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const tasks = () => page.evaluate(() => (window as unknown as Probe).__longTasks.slice()).catch(() => []);
  page.on('pageerror', (e) => figures.pageErrors.push(String(e).slice(0, 300)));
  page.on('console', (m) => m.type() === 'error' && figures.pageErrors.push(m.text().slice(0, 300)));
  page.on('crash', () => (figures.failure ??= 'page crashed'));
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: how.budgetMs });
    try {
      await page.waitForFunction((g) => performance.getEntriesByName('claimline:first-idle').length > 0 && g in window, how.mapGlobal, {
        timeout: how.budgetMs,
        polling: 250,
      });
    } catch {
      figures.marks = await benchMarks(page).catch(() => ({}));
      const status = await page.evaluate(() => document.querySelector('.cl-status')?.textContent ?? '').catch(() => 'page not answering');
      figures.failure = `no first draw within ${how.budgetMs / 1000} s${status ? ` (page says: ${status})` : ''}`;
      return figures;
    }
    figures.firstDrawMs = await page.evaluate(() => performance.getEntriesByName('claimline:first-idle')[0]?.startTime ?? Number.NaN);
    figures.marks = await benchMarks(page);
    figures.longTaskLoadMs = longest(await tasks(), 0, figures.firstDrawMs);
    if (how.screenshot) await page.screenshot({ path: how.screenshot });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    figures.heapMB = heap.usedSize / 2 ** 20;
    await cdp.detach();

    const stepsFrom = await page.evaluate((g) => {
      const bench = (window as unknown as Record<string, Bench>)[g];
      const map = bench?.map;
      if (!map) throw new Error(`no ${g}.map`);
      const probe = window as unknown as Probe;
      probe.__scaleSteps = [];
      // Capture phase: the clock starts before the control's own handler runs.
      window.addEventListener(
        'keydown',
        () => {
          // No named function in here: tsx would wrap it in a __name() call the page does not have.
          const t0 = performance.now();
          // A page that knows when its step is drawn says so, once its input handler has run.
          const drawn = bench.settled
            ? new Promise<void>((resolve) => setTimeout(() => void bench.settled?.().then(resolve)))
            : map.once('idle');
          void drawn.then(() => requestAnimationFrame(() => probe.__scaleSteps.push(performance.now() - t0)));
        },
        { capture: true },
      );
      return performance.now();
    }, how.mapGlobal);
    await page.focus(how.control, { timeout: 5000 });
    // All steps share one budget: a slow variant reports the steps it finished in time.
    const deadline = Date.now() + how.budgetMs;
    for (let i = 0; i < how.steps; i++) {
      await page.keyboard.press('ArrowLeft');
      try {
        await page.waitForFunction((k) => (window as unknown as Probe).__scaleSteps.length > k, i, {
          timeout: Math.max(1000, deadline - Date.now()),
          polling: 'raf',
        });
      } catch {
        figures.failure = `${i} of ${how.steps} steps within the ${how.budgetMs / 1000} s budget`;
        break;
      }
    }
    figures.steps = await page.evaluate(() => (window as unknown as Probe).__scaleSteps.slice());
    figures.longTaskStepsMs = longest(await tasks(), stepsFrom, Number.POSITIVE_INFINITY);
    figures.profile = await page.evaluate((g) => (window as unknown as Record<string, Bench>)[g]?.profile?.() ?? null, how.mapGlobal);
  } catch (e) {
    figures.failure ??= e instanceof Error ? (e.message.split('\n')[0] ?? 'error') : String(e);
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => {});
  }
  return figures;
}
