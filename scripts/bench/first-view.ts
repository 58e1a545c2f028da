/**
 * `npm run bench -- --first-view`: every resource the first view fetches, for `/` and `/?embed` of the
 * built app (dist/) and for the bare maplibre page, with raw and gzip (-9) sizes and totals by kind.
 * A first view ends when `#app[data-ready=true]` and the map is idle (the bare page: its first idle).
 * Requests are counted at the browser's context, so worker fetches count too. Then the time to the first
 * idle of the embed and the bare page over several rounds of cold loads, and their ratio. Nothing is asserted.
 */
import { loadavg } from 'node:os';
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

/** `ready` runs in the page and resolves once the view is drawn. `programs`: WebGL programs linked by then. */
export type FirstView = { rows: Fetched[]; load: number; programs: number };

/**
 * Runs in the page before its scripts: counts linkProgram calls. maplibre links one program per layer
 * type and shader variant it draws with, and software GL spends tens of ms on each of them.
 */
function countPrograms(): void {
  const w = window as unknown as { __programs: number };
  w.__programs = 0;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype] as WebGL2RenderingContext[]) {
    const link = proto.linkProgram;
    proto.linkProgram = function (this: WebGL2RenderingContext, program: WebGLProgram) {
      w.__programs++;
      link.call(this, program);
    };
  }
}

/** What one page fetches up to its first view, and when that view was ready (the claimline:first-idle mark, ms). */
export async function firstView(root: string, path: string, ready: () => boolean, listBytes = true): Promise<FirstView> {
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
  if (listBytes) await browser.page.addInitScript(countPrograms);
  await browser.page.goto(`${browser.url}${path}`);
  await browser.page.waitForFunction(ready, null, { timeout: 60_000 });
  const load = await browser.page.evaluate(() => performance.getEntriesByName('claimline:first-idle')[0]?.startTime ?? Number.NaN);
  if (listBytes) await browser.page.waitForTimeout(500); // late requests (glyphs, lazy chunks) that a first view still triggers
  const programs = await browser.page.evaluate(() => (window as unknown as { __programs?: number }).__programs ?? Number.NaN);
  const rows = (await Promise.all(fetched)).filter((r): r is Fetched => r !== null);
  await browser.close();
  return { rows: rows.sort((a, b) => b.gzip - a.gzip), load, programs };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10);

export function printFirstView(title: string, { rows, load, programs }: FirstView): void {
  console.log(`\n${title}: ${rows.length} requests, ${programs} WebGL programs, first idle at ${load.toFixed(0)} ms`);
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

/** Options after `--first-view`: `--reps N` cold loads of each page (default 7); `--base DIR` a second build of the app (say, main's dist/) measured in the same rounds. */
export function parseFirstViewOptions(argv: readonly string[]): { reps: number; base: string | null } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { reps: Math.max(1, Number(value('--reps') ?? 7) || 7), base: value('--base') ?? null };
}

const quantile = (sorted: readonly number[], q: number) => {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return (sorted[lo] as number) + ((sorted[Math.ceil(i)] as number) - (sorted[lo] as number)) * (i - lo);
};
const load1 = () => loadavg()[0]?.toFixed(1) ?? '?';

/**
 * Bytes once (/, /?embed, bare), then `reps` rounds of cold loads (a fresh browser and profile each),
 * the pages taking turns within a round so that a busy machine slows them alike; the ratio is taken
 * per round (embed / the same round's bare), then its median and spread.
 */
export async function firstViewBench(dist: string, bareDir: string, opts: { reps: number; base: string | null }): Promise<void> {
  printFirstView('app /', await firstView(dist, '', APP_READY));
  printFirstView('app /?embed', await firstView(dist, '?embed', APP_READY));
  if (opts.base) printFirstView('base /?embed', await firstView(opts.base, '?embed', APP_READY));
  printFirstView('bare maplibre page', await firstView(bareDir, '', BARE_READY));
  const pages: [string, string, string, () => boolean][] = [
    ['embed', dist, '?embed', APP_READY],
    ...(opts.base ? [['base embed', opts.base, '?embed', APP_READY] as [string, string, string, () => boolean]] : []),
    ['bare', bareDir, '', BARE_READY],
  ];
  const loads = new Map<string, number[]>(pages.map(([name]) => [name, []]));
  const before = load1();
  for (let round = 0; round < opts.reps; round++) {
    // Who goes first changes each round: the first load of a round may find the machine in another state.
    const order = round % 2 ? [...pages].reverse() : pages;
    for (const [name, dir, path, ready] of order) loads.get(name)?.push((await firstView(dir, path, ready, false)).load);
  }
  console.log(`\nfirst idle over ${opts.reps} rounds (load average ${before} → ${load1()}; same 1280×800 window; median [min, max])`);
  const bare = loads.get('bare') ?? [];
  for (const [name, xs] of loads) {
    const s = [...xs].sort((a, b) => a - b);
    const ratios = xs.map((x, i) => x / (bare[i] as number)).sort((a, b) => a - b);
    const ratio =
      name === 'bare'
        ? ''
        : `   ${name} / bare ${quantile(ratios, 0.5).toFixed(2)}× [${ratios[0]?.toFixed(2)}, ${ratios.at(-1)?.toFixed(2)}]`;
    console.log(
      `  ${name.padEnd(11)} ${quantile(s, 0.5).toFixed(0).padStart(5)} ms [${s[0]?.toFixed(0)}, ${s.at(-1)?.toFixed(0)}]${ratio}`,
    );
  }
  const base = loads.get('base embed');
  if (base) {
    // Paired by round: the two builds met the same machine state.
    const embed = loads.get('embed') ?? [];
    const r = embed.map((x, i) => x / (base[i] as number)).sort((a, b) => a - b);
    const faster = embed.filter((x, i) => x < (base[i] as number)).length;
    console.log(
      `  embed / base embed, by round: ${quantile(r, 0.5).toFixed(2)}× [${r[0]?.toFixed(2)}, ${r.at(-1)?.toFixed(2)}]; faster in ${faster} of ${r.length}`,
    );
  }
}
