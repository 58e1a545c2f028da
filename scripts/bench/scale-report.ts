/**
 * The scale bench's table (scale.ts): each size's variants side by side with the ratios to (b),
 * then issue 12's goals checked against (d), where (d)'s load time goes, and the JSON of the run
 * in bench-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { ScaleOptions } from './scale.ts';
import type { VariantFigures } from './scale-measure.ts';

export const VARIANTS = ['app', 'geojson', 'custom', 'columns', 'app-columns', 'app-columns-before'] as const;
export type Variant = (typeof VARIANTS)[number];
export type Summary = VariantFigures & { stepMedianMs: number | null; stepP95Ms: number | null };
export type SizeResult = { size: number; csvMB: number; eventsMB: number; variants: Partial<Record<Variant, Summary>> };

const ROOT = join(import.meta.dirname, '..', '..');
const ms = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${x.toFixed(0)} ms`);
const mb = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)} MB`);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || !b ? '—' : `${(a / b).toFixed(2)}×`);
/** Long tasks are reported from 50 ms: "<50" where there was none. */
const task = (x: number | null, drawn: boolean) => (x === null ? (drawn ? '<50' : '—') : x.toFixed(0));

export function report(results: SizeResult[], options: ScaleOptions, product: string, started: Date): void {
  const load = loadavg();
  console.log(
    `\nScale benchmark (headless ${product.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, software WebGL, 1280×800; ${options.steps} steps; budget ${options.budgetS} s a variant)`,
  );
  console.log(`machine: ${cpus().length} CPUs, load average ${load.map((x) => x.toFixed(2)).join(' ')}`);
  console.log('(a) app with ?data= ACLED CSV   (b) bare GeoJSON + global-state filter   (c) bare custom layer, uniforms');
  console.log("(d) columns: the app's GpuClaims + cells + Store on the event file (CLCOL + meta JSON)\n");
  const cols = ['first draw', 'step median', 'step p95', 'JS heap', 'long task'] as const;
  console.log(`  size       variant   ${cols.map((c) => c.padStart(12)).join('')}   c/b step  d/b step  a/b step  a/b draw`);
  for (const r of results) {
    const step = (v: Variant) => r.variants[v]?.stepMedianMs ?? null;
    const b = step('geojson');
    for (const v of VARIANTS) {
      const s = r.variants[v];
      if (!s) continue;
      const drawn = s.firstDrawMs !== null;
      const cells = [
        ms(s.firstDrawMs),
        ms(s.stepMedianMs),
        ms(s.stepP95Ms),
        mb(s.heapMB),
        `${task(s.longTaskLoadMs, drawn)}/${task(s.longTaskStepsMs, s.steps.length > 0)}`,
      ];
      const extra =
        v === 'geojson'
          ? `   ${[ratio(step('custom'), b), ratio(step('columns'), b), ratio(step('app'), b), ratio(r.variants.app?.firstDrawMs ?? null, s.firstDrawMs)].map((x) => x.padStart(8)).join('  ')}`
          : '';
      console.log(
        `  ${(v === options.variants[0] ? String(r.size) : '').padEnd(10)} ${v.padEnd(9)} ${cells.map((x) => x.padStart(12)).join('')}${extra}${s.failure ? `   ${s.failure}` : ''}`,
      );
    }
  }
  console.log('  long task: the longest main-thread task in ms, up to the first draw / during the steps');
  console.log('\n(d) columns, where the load goes (ms from navigation: fetched, read, map loaded, GpuClaims built, drawn;');
  console.log("    then GpuClaims' pieces timed again after the steps: pack instances, point index, cells):");
  for (const r of results) {
    const d = r.variants.columns;
    if (!d) continue;
    const m = d.marks;
    const p = d.profile ?? {};
    console.log(
      `  ${String(r.size).padEnd(8)} file ${r.eventsMB.toFixed(1)} MB   fetched ${ms(m.fetched)}  read ${ms(m.read)}  map ${ms(m['map-loaded'])}  GpuClaims ${ms(m['gpu-claims'])}  drawn ${ms(d.firstDrawMs)}   | pack ${ms(p.packMs)}  index ${ms(p.indexMs)}  cells ${ms(p.cellsMs)}`,
    );
  }
  goals(results);
  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `scale-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = { started: started.toISOString(), browser: product, machine: { cpus: cpus().length, loadavg: load }, options, results };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwritten: ${file}`);
}

/** Issue 12's goals for (d), where the run has the sizes they are about. */
function goals(results: SizeResult[]): void {
  const at = (n: number) => results.find((r) => r.size === n)?.variants;
  const line = (goal: string, value: string, ok: boolean | null) =>
    console.log(`  ${ok === null ? '  ?' : ok ? ' ok' : 'MISS'}  ${goal.padEnd(44)} ${value}`);
  console.log('\nissue 12 goals, (d) columns:');
  const h = at(100_000);
  if (h?.columns && h.geojson) {
    const [d, b] = [h.columns.stepMedianMs, h.geojson.stepMedianMs];
    line('100k step ≤ 0.25× the global-state step', ratio(d, b), d === null || !b ? null : d / b <= 0.25);
  }
  const m = at(1_000_000)?.columns;
  const a = at(1_000_000)?.['app-columns'];
  if (a) {
    const worst = a.firstDrawMs === null ? null : Math.max(a.longTaskLoadMs ?? 0, a.longTaskStepsMs ?? 0);
    line('1M app (?data=.clcol) longest task ≤ 100 ms', ms(worst), worst === null ? null : worst <= 100);
    // What maplibre alone costs here: the bare custom-layer page's longest load task in the same run
    // (making the WebGL context and compiling shaders are single tasks a page cannot split).
    const bare = at(1_000_000)?.custom;
    if (bare?.firstDrawMs != null) console.log(`        the bare custom-layer page, same run: ${ms(bare.longTaskLoadMs)} at load`);
  }
  if (!m) return;
  const le = (x: number | null, max: number) => (x === null ? null : x <= max);
  line('1M step ≤ 150 ms at full extent (median)', ms(m.stepMedianMs), le(m.stepMedianMs, 150));
  line('1M first draw ≤ 5 s from the columnar file', ms(m.firstDrawMs), le(m.firstDrawMs, 5000));
  line('1M JS heap ≤ 300 MB', mb(m.heapMB), le(m.heapMB, 300));
  const longestTask = m.firstDrawMs === null ? null : Math.max(m.longTaskLoadMs ?? 0, m.longTaskStepsMs ?? 0);
  line('1M never unresponsive > 100 ms (longest task)', ms(longestTask), le(longestTask, 100));
}
