/**
 * The rows a window shows, over columns: the per-record rule of data/matches-window.ts (shownClaims)
 * in one pass over typed arrays, with no object per record.
 *
 * - 'range': the record's days overlap [from, to] (both inclusive).
 * - 'asof': every record up to `to` (day ≤ to); `from` is ignored. The app's "as of" window starts
 *   at the timeline's first day, which no in-period record ends before, so this equals the overlap
 *   rule with from = first.
 * Context and undated rows are never in a window (the context strip and the undated markers show
 * them); `plotted` keeps only the rows with a point (what the map draws).
 *
 * @example windowIndex(cols, { from: 19240, to: 19250, mode: 'range', groups: new Set([0, 2]) })
 */
import { type EventColumns, FLAG_CONTEXT, FLAG_UNDATED } from './store.ts';

export type WindowMode = 'asof' | 'range';

/** Chosen groups: indices into `cols.groups`, a bitmask (bit i: group i, for the first 32), or one byte per group (1: chosen). */
export type GroupChoice = ReadonlySet<number> | number | Uint8Array;

export type WindowQuery = {
  /** Absolute day numbers (data/day.ts), as the app state holds them. */
  from: number;
  to: number;
  mode: WindowMode;
  groups: GroupChoice;
  plotted?: boolean;
};

/** One byte per group, 1 where chosen. */
export function groupMask(groups: GroupChoice, count: number): Uint8Array {
  if (groups instanceof Uint8Array) return groups;
  const mask = new Uint8Array(count);
  for (let g = 0; g < count; g++) mask[g] = (typeof groups === 'number' ? g < 32 && (groups >>> g) & 1 : groups.has(g)) ? 1 : 0;
  return mask;
}

/** One byte per group of `names` (EventColumns.groups), 1 where its name is chosen (the store's `sides`). */
export function namedMask(names: readonly string[], chosen: ReadonlySet<string>): Uint8Array {
  return Uint8Array.from(names, (name) => (chosen.has(name) ? 1 : 0));
}

/** Row indices shown by the window, in row order. */
export function windowIndex(cols: EventColumns, q: WindowQuery): Uint32Array {
  const { day, dayEnd, group, flags, lon, count } = cols;
  const mask = groupMask(q.groups, cols.groups.length);
  const to = q.to - cols.firstDay;
  // 'asof' lower bound: any day at all (undated rows are excluded by their flag).
  const from = q.mode === 'range' ? q.from - cols.firstDay : Number.NEGATIVE_INFINITY;
  const skip = FLAG_CONTEXT | FLAG_UNDATED;
  const plotted = q.plotted === true;
  const out = new Uint32Array(count);
  let m = 0;
  for (let i = 0; i < count; i++) {
    if (day[i] > to || dayEnd[i] < from || flags[i] & skip || mask[group[i]] !== 1) continue;
    if (plotted && Number.isNaN(lon[i])) continue;
    out[m++] = i;
  }
  return out.slice(0, m);
}
