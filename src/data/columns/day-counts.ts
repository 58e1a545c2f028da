/**
 * Per-day × per-group counts, built once, so the histogram and the window's per-group totals cost
 * O(days × groups) per slider step, not O(records).
 *
 * Two cumulative tables over the incident period [first, first + days - 1] (context and undated
 * rows left out, as the timeline does): `started[d·G + g]`, records of group g with day ≤ first + d,
 * and `ended[d·G + g]`, those with day_end ≤ first + d. Since day ≤ day_end:
 *   - records overlapping [from, to] = started(to) − ended(from − 1)
 *   - records covering day d (a histogram bin, data/bin-by-day.ts) = started(d) − ended(d − 1)
 *   - records as of `to` = started(to)
 *
 * @example const w = windowCounts(dayCounts(cols), 19240, 19250, 'range', new Set([0])); w.byGroup[0]
 */
import { type GroupChoice, groupMask, type WindowMode } from './filter.ts';
import { type EventColumns, FLAG_CONTEXT, FLAG_UNDATED } from './store.ts';
import { type PerColumns, perColumns } from './per-columns.ts';

export type DayCounts = {
  /** Absolute day number of the first day (data/day.ts); `days` is 0 when no record is dated. */
  first: number;
  days: number;
  groups: number;
  started: Uint32Array;
  ended: Uint32Array;
};

/** dayCounts(cols) built once per set of columns and kept with them (views re-mount on a language switch). */
export const dayCountsOf: PerColumns<DayCounts> = perColumns((cols) => dayCounts(cols));

/** `plotted`: count only the rows with a point. */
export function dayCounts(cols: EventColumns, o: { plotted?: boolean } = {}): DayCounts {
  const { day, dayEnd, group, flags, lon, count } = cols;
  const G = cols.groups.length;
  const skip = FLAG_CONTEXT | FLAG_UNDATED;
  const counted = (i: number) => !(flags[i] & skip) && !(o.plotted && Number.isNaN(lon[i]));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    if (!counted(i)) continue;
    lo = Math.min(lo, day[i]);
    hi = Math.max(hi, dayEnd[i]);
  }
  const days = Number.isFinite(lo) ? hi - lo + 1 : 0;
  const started = new Uint32Array(days * G);
  const ended = new Uint32Array(days * G);
  for (let i = 0; i < count; i++) {
    if (!counted(i)) continue;
    started[(day[i] - lo) * G + group[i]]++;
    ended[(dayEnd[i] - lo) * G + group[i]]++;
  }
  for (let k = G; k < days * G; k++) {
    started[k] += started[k - G];
    ended[k] += ended[k - G];
  }
  return { first: days ? cols.firstDay + lo : cols.firstDay, days, groups: G, started, ended };
}

export type WindowCounts = {
  /** Records per day over the whole period, chosen groups summed (the histogram's bar heights). */
  bins: Uint32Array;
  /** Records per day and group, `stack[d·G + g]`, 0 for groups not chosen (the stacked bars). */
  stack: Uint32Array;
  /** Records in the window per group, 0 for groups not chosen. */
  byGroup: Uint32Array;
  total: number;
};

/** `table(day, g)`: the cumulative count at an absolute day, clamped to the period. */
function at(table: Uint32Array, c: DayCounts, d: number, g: number): number {
  if (c.days === 0 || d < c.first) return 0;
  const k = Math.min(d - c.first, c.days - 1);
  return table[k * c.groups + g];
}

/** The histogram and the window's totals; `from`/`to` are absolute days, from ≤ to in 'range' mode. */
export function windowCounts(c: DayCounts, from: number, to: number, mode: WindowMode, groups: GroupChoice): WindowCounts {
  if (mode === 'range' && from > to) throw new RangeError(`window from ${from} is after to ${to}`);
  const G = c.groups;
  const mask = groupMask(groups, G);
  const bins = new Uint32Array(c.days);
  const stack = new Uint32Array(c.days * G);
  const byGroup = new Uint32Array(G);
  let total = 0;
  for (let g = 0; g < G; g++) {
    if (mask[g] !== 1) continue;
    byGroup[g] = at(c.started, c, to, g) - (mode === 'range' ? at(c.ended, c, from - 1, g) : 0);
    total += byGroup[g];
    for (let d = 0; d < c.days; d++) {
      const k = d * G + g;
      const n = c.started[k] - (d > 0 ? c.ended[k - G] : 0);
      stack[k] = n;
      bins[d] += n;
    }
  }
  return { bins, stack, byGroup, total };
}

/** First and last day (absolute) of the in-period records, as data-extent.ts gives for records; null when none is dated. */
export function columnsExtent(cols: EventColumns): [number, number] | null {
  const c = dayCountsOf(cols);
  return c.days > 0 ? [c.first, c.first + c.days - 1] : null;
}
