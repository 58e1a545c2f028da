/**
 * `tsx scripts/bench/first-view-threads.ts [path] [dir]`: where one cold first view's JavaScript time goes,
 * thread by thread (the page's main thread, maplibre's worker), from navigation to the first idle. A tool,
 * not a test: it traces with the v8 CPU profiler category, which samples every thread, and prints each
 * profile's busiest functions (self time) and call paths (outermost three named frames). Build first
 * (`npx vite build`; `--minify false` gives readable app names; maplibre's stay minified but for methods).
 */
import { openBrowser } from './browser.ts';

type Frame = { functionName: string; url?: string; lineNumber?: number };
type Chunk = {
  name: string;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: { cpuProfile?: { nodes?: { id: number; callFrame: Frame; parent?: number }[]; samples?: number[] }; timeDeltas?: number[] };
  };
};

const path = process.argv[2] ?? '?embed';
const browser = await openBrowser(process.argv[3] ?? 'dist');
const cdp = await browser.context.newCDPSession(browser.page);
const events: Chunk[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Chunk[])));
const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', { categories: 'disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' });
await browser.page.goto(`${browser.url}${path}`);
await browser.page.waitForFunction(() => performance.getEntriesByName('claimline:first-idle').length > 0, null, { timeout: 60_000 });
const idle = await browser.page.evaluate(() => performance.getEntriesByName('claimline:first-idle')[0]?.startTime ?? 0);
await cdp.send('Tracing.end');
await done;
await browser.close();
console.log(`${path || '/'}: first idle at ${idle.toFixed(0)} ms`);

const profiles = new Map<string, { nodes: Map<number, { name: string; parent?: number }>; self: Map<number, number> }>();
for (const e of events) {
  if (e.name !== 'ProfileChunk') continue;
  const key = `${e.pid}:${e.id}`;
  const p = profiles.get(key) ?? { nodes: new Map(), self: new Map() };
  const cp = e.args?.data?.cpuProfile;
  for (const n of cp?.nodes ?? []) {
    const file = (n.callFrame.url ?? '').split('/').pop()?.slice(0, 16);
    p.nodes.set(n.id, { name: `${n.callFrame.functionName || '(anon)'}@${file}:${(n.callFrame.lineNumber ?? 0) + 1}`, parent: n.parent });
  }
  const deltas = e.args?.data?.timeDeltas ?? [];
  // A sample's time is the gap to the next one.
  for (const [i, s] of (cp?.samples ?? []).entries()) p.self.set(s, (p.self.get(s) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  profiles.set(key, p);
}
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([f, us]) => `    ${(us / 1000).toFixed(0).padStart(5)} ms  ${f}`)
    .join('\n');
for (const [key, p] of profiles) {
  const self = new Map<string, number>();
  const paths = new Map<string, number>();
  let total = 0;
  for (const [id, us] of p.self) {
    const n = p.nodes.get(id);
    if (!n || n.name.startsWith('(idle)')) continue;
    total += us;
    self.set(n.name, (self.get(n.name) ?? 0) + us);
    const chain: string[] = [];
    for (let c: typeof n | undefined = n; c; c = c.parent === undefined ? undefined : p.nodes.get(c.parent))
      chain.unshift(c.name.split('@')[0] as string);
    const k =
      chain
        .filter((x) => x !== '(root)' && x !== '(anon)')
        .slice(0, 3)
        .join(' > ') || n.name;
    paths.set(k, (paths.get(k) ?? 0) + us);
  }
  // Chromium's own pages (its UI in other renderers) sample too: only profiles with this app's scripts count.
  if (![...p.nodes.values()].some((n) => /@(index|maplibre|preload)/.test(n.name))) continue;
  console.log(`\nthread ${key}: ${(total / 1000).toFixed(0)} ms busy\n  self:\n${top(self)}\n  paths:\n${top(paths)}`);
}
