/**
 * The window's highest toll per group and party without a pass over its rows: the day index's
 * short rows (day-index.ts byDay) cut into blocks of BLOCK rows, each block's best row per group ×
 * party kept (built once). A window's short rows starting inside it are one run of byDay, so its best
 * is the best of the whole blocks in the run and of the rows at the run's two ends; rows starting up
 * to SHORT days before it, and the long rows, are checked one by one. O(blocks + edge rows) a step.
 * "Best": the highest toll, the first row in row order among equal figures (as windowStats).
 *
 * @example const best = windowTolls(cols, f, t, mask); best[g * TOLL_PARTIES.length + q] // a row, or -1
 */
import { TOLL_PARTIES } from '../claim-groups.ts';
import { dayIndex, dayStart, SHORT } from './day-index.ts';
import { perColumns } from './per-columns.ts';
import type { EventColumns } from './store.ts';

const BLOCK = 1024;

/** Per block of byDay, its best row per group × party (-1: none). */
const tollBlocks = perColumns((cols): Int32Array => {
  const { byDay } = dayIndex(cols);
  const cells = cols.groups.length * TOLL_PARTIES.length;
  const blocks = Math.ceil(byDay.length / BLOCK);
  const best = new Int32Array(blocks * cells).fill(-1);
  for (let k = 0; k < byDay.length; k++) better(cols, best, ((k / BLOCK) | 0) * cells, byDay[k] as number);
  return best;
});

/** Row i against the best of its cell among the `cells` at `base` in `best`. */
function better(cols: EventColumns, best: Int32Array, base: number, i: number): void {
  const n = cols.toll[i] as number;
  if (Number.isNaN(n)) return;
  offer(cols, best, base + (cols.group[i] as number) * TOLL_PARTIES.length + (cols.party[i] as number), i);
}

/** Row i for one cell: the higher toll wins, then the earlier row. */
function offer(cols: EventColumns, best: Int32Array, cell: number, i: number): void {
  const b = best[cell] as number;
  const n = cols.toll[i] as number;
  if (b < 0 || n > (cols.toll[b] as number) || (n === cols.toll[b] && i < b)) best[cell] = i;
}

/**
 * The best row per group × party (`g * TOLL_PARTIES.length + q`, -1 for none) among the rows whose
 * days overlap [f, t] (relative days) and whose group `mask` chooses: those rowsInWindow gives.
 */
export function windowTolls(cols: EventColumns, f: number, t: number, mask: Uint8Array): Int32Array {
  const P = TOLL_PARTIES.length;
  const cells = cols.groups.length * P;
  const best = new Int32Array(cells).fill(-1);
  if (f > t) return best;
  const ix = dayIndex(cols);
  const { byDay, long } = ix;
  const at = (d: number) => dayStart(ix, d);
  const { day, dayEnd, group } = cols;
  const take = (i: number) => {
    if (mask[group[i] as number] === 1) better(cols, best, 0, i);
  };
  // Rows starting before the window: in it if they reach it.
  const a = at(f - SHORT);
  const c = Math.max(a, at(f));
  for (let k = a; k < c; k++) if ((dayEnd[byDay[k] as number] as number) >= f) take(byDay[k] as number);
  for (let k = 0; k < long.length; k++) {
    const i = long[k] as number;
    if ((day[i] as number) <= t && (dayEnd[i] as number) >= f) take(i);
  }
  // Rows starting inside it: every one is in it; whole blocks by their bests.
  const b = Math.max(c, at(t + 1));
  const blocks = tollBlocks(cols);
  const first = Math.ceil(c / BLOCK);
  const last = Math.floor(b / BLOCK);
  if (first >= last) {
    for (let k = c; k < b; k++) take(byDay[k] as number);
    return best;
  }
  for (let k = c; k < first * BLOCK; k++) take(byDay[k] as number);
  for (let k = last * BLOCK; k < b; k++) take(byDay[k] as number);
  for (let block = first; block < last; block++)
    for (let g = 0; g < cols.groups.length; g++) {
      if (mask[g] !== 1) continue;
      for (let q = 0; q < P; q++) {
        const i = blocks[block * cells + g * P + q] as number;
        if (i >= 0) offer(cols, best, g * P + q, i);
      }
    }
  return best;
}
