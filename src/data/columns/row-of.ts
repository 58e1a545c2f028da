/**
 * A record id's row in a set of columns: one id → row map per set, built on the first lookup (a
 * selection, a link), not at start, and shared by every view that asks (map, GPU layer, details).
 * Worker-safe.
 *
 * @example rowOf(cols, 'acled-ARM123') // 41, or undefined
 */
import type { EventColumns } from './store.ts';

const built = new WeakMap<EventColumns, Map<string, number>>();

export function rowOf(cols: EventColumns, id: string): number | undefined {
  let rows = built.get(cols);
  if (!rows) {
    rows = new Map(cols.ids.map((rid, i) => [rid, i]));
    built.set(cols, rows);
  }
  return rows.get(id);
}
