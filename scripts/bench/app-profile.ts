/**
 * `tsx scripts/bench/app-profile.ts [size] [steps]`: where the app's long main-thread tasks go on a
 * published event file (the scale bench's app-columns set). A tool, not a test: it serves dist/ (run
 * `npx vite build` first) with the set, samples the page's main thread with the CDP profiler from
 * navigation through the first draw and `steps` slider steps, and prints each task the page saw
 * as a long task (PerformanceObserver, ≥ 50 ms; load or step) with the functions whose samples fall
 * in it (self time, and the outermost app frames), placed by navigation start on the profiler's clock. `--per-step`: steps back to back, and each step's
 * time (key press to the map's idle and the next frame, as scale-measure.ts times it) and the functions
 * that took it, from a marker the page's key handler leaves in the profile.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser } from './browser.ts';
import { scaleSet } from './scale-data.ts';
import { SCALE_HEAD, scaleEventFiles } from './scale-events.ts';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const size = Number(process.argv[2] ?? 1_000_000);
const steps = Number(process.argv[3] ?? 5);
const perStep = process.argv.includes('--per-step');
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'claimline-profile-'));
// DIST: another build to compare (say, the previous commit's).
cpSync(process.env.DIST ?? join(ROOT, 'dist'), dir, { recursive: true });
const files = scaleEventFiles(scaleSet(size), SCALE_HEAD);
writeFileSync(join(dir, 'ev.clcol'), files.columns);
writeFileSync(join(dir, 'ev.clcol.json'), files.meta);
writeFileSync(join(dir, 'ev.cltext'), files.text);
const browser = await openBrowser(dir);
try {
  const page = await browser.context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('page:', m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.log('page error:', String(e).slice(0, 300)));
  // The page's own long tasks (longtask entries), cut from the profile by their times: the real tasks.
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await browser.context.newCDPSession(page);
  // Navigation start on the profiler's clock (both monotonic), to place the page's times in the profile.
  let navStart = 0;
  await cdp.send('Page.enable');
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  cdp.on('Page.lifecycleEvent', (e: { name: string; timestamp: number }) => {
    if (e.name === 'init' && !navStart) navStart = e.timestamp * 1e6;
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.goto(`${browser.url}?data=ev.clcol`, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('claimline:first-idle').length > 0, null, {
    timeout: 120_000,
    polling: 250,
  });
  const drawn = await page.evaluate(() => performance.getEntriesByName('claimline:first-idle')[0]?.startTime ?? 0);
  console.log(
    `first draw ${drawn.toFixed(0)} ms; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  if (perStep)
    // A string, not a function: tsx would wrap a named function in a __name() call the page does not have.
    // clStepMarker busy-waits 2 ms when a step starts, so the profile (a sample every 0.5 ms) shows where.
    await page.evaluate(`
      window.__steps = [];
      window.__renders = [];
      let renders = 0;
      window.__claimline.map.on('render', () => renders++);
      function clStepMarker() { const until = performance.now() + 2; while (performance.now() < until); }
      window.addEventListener('keydown', () => {
        const t0 = performance.now();
        const r0 = renders;
        clStepMarker();
        window.__claimline.map.once('idle').then(() => requestAnimationFrame(() => {
          window.__steps.push(performance.now() - t0);
          window.__renders.push(renders - r0);
        }));
      }, { capture: true });
    `);
  await page.focus('.cl-timeline__thumb--to');
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('ArrowLeft');
    // --per-step: the next press once this step is drawn, as the scale bench does; else a pause.
    if (perStep) await page.waitForFunction((k) => (window as unknown as { __steps: number[] }).__steps.length > k, i, { polling: 'raf' });
    else await page.waitForTimeout(1500);
  }
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  report(
    profile,
    longTasks.map(([at, ms]) => [navStart - profile.startTime + at * 1000, ms * 1000, at] as const),
    drawn,
  );
  if (perStep) {
    console.log(`map renders per step: ${await page.evaluate(() => (window as unknown as { __renders: number[] }).__renders.join(' '))}`);
    stepReport(profile, await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps));
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Each long task the page saw, with the profile's samples inside it: self time and outermost app frames. */
function report(p: Profile, tasks: (readonly [number, number, number])[], drawn: number): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) (byId.get(c) as Node).parent = n.id;
  const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  // Sample times from the profile's start (µs), each with the time it stood for.
  const times: number[] = [];
  let t = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] as number;
    times.push(t);
  }
  let longestLoad = 0;
  for (const [start, dur, at] of tasks) {
    if (at < drawn) longestLoad = Math.max(longestLoad, dur / 1000);
    const self = new Map<string, number>();
    const outer = new Map<string, number>();
    for (let i = 0; i < times.length; i++) {
      if ((times[i] as number) < start || (times[i] as number) > start + dur) continue;
      const n = byId.get(p.samples[i] as number) as Node;
      const dt = ((times[i + 1] ?? times[i]) as number) - (times[i] as number);
      self.set(label(n), (self.get(label(n)) ?? 0) + dt);
      // The outermost frame from the app's own chunks (assets/*), under the event loop's.
      let o: Node | undefined = n;
      let top: Node | undefined;
      while (o) {
        if (o.callFrame.url.includes('/assets/') && !o.callFrame.url.includes('maplibre')) top = o;
        o = o.parent === undefined ? undefined : byId.get(o.parent);
      }
      if (top) outer.set(label(top), (outer.get(label(top)) ?? 0) + dt);
    }
    const top = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${(v / 1000).toFixed(0)} ${k}`)
        .join(' | ');
    const when = at < drawn ? 'load' : 'step';
    console.log(`\n${when} task at ${at.toFixed(0)} ms: ${(dur / 1000).toFixed(0)} ms\n  self:  ${top(self)}\n  outer: ${top(outer)}`);
  }
  console.log(`\nlongest load task ${longestLoad.toFixed(0)} ms`);
}

/** Each step's samples, from its marker for as long as the step took: self time by function. */
function stepReport(p: Profile, times: number[]): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const starts: number[] = [];
  let t = 0;
  let was = false;
  const at: number[] = [];
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] as number;
    at.push(t);
    const is = byId.get(p.samples[i] as number)?.callFrame.functionName === 'clStepMarker';
    if (is && !was) starts.push(t);
    was = is;
  }
  console.log(`\nsteps (ms): ${times.map((x) => x.toFixed(0)).join(' ')}`);
  const total = new Map<string, number>();
  starts.forEach((s, k) => {
    const end = s - 2000 + (times[k] ?? 0) * 1000;
    const self = new Map<string, number>();
    let idle = 0;
    for (let i = 0; i < p.samples.length; i++) {
      if ((at[i] as number) < s - 2000 || (at[i] as number) > end) continue;
      const n = byId.get(p.samples[i] as number) as Node;
      const dt = (p.timeDeltas[i + 1] as number) ?? 0;
      if (n.callFrame.functionName === '(idle)') idle += dt;
      else self.set(label(n), (self.get(label(n)) ?? 0) + dt);
      total.set(label(n), (total.get(label(n)) ?? 0) + dt);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(
      `step ${k}: ${(times[k] ?? 0).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)}: ${top.map(([f, v]) => `${(v / 1000).toFixed(1)} ${f}`).join(' | ')}`,
    );
  });
  const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`all steps, self ms:\n${top.map(([f, v]) => `  ${(v / 1000).toFixed(1)} ${f}`).join('\n')}`);
}
