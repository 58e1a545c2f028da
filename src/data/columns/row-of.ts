/**
 * A record id's row in a set of columns: one id → row map per set, built on the first lookup (a
 * selection, a link), not at start, and shared by every view that asks (map, GPU layer, details).
 * Worker-safe.
 *
 * @example rowOf(cols, 'acled-ARM123') // 41, or undefined
 */
import type { EventColumns } from './store.ts';
import { perColumns } from './per-columns.ts';

const rows = perColumns((cols) => new Map(cols.ids.map((rid, i) => [rid, i])));

export function rowOf(cols: EventColumns, id: string): number | undefined {
  return rows(cols).get(id);
}
