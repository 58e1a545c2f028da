/**
 * A record id's row in a set of columns, shared by every view that asks (map, GPU layer, details):
 * an open-addressing hash table of rows in one Int32Array (no Map of a million strings), so the
 * column worker can build it and transfer it (`rowTable`, then `rowOf.seed`); built on the first
 * lookup otherwise. Worker-safe.
 *
 * @example rowOf(cols, 'acled-ARM123') // 41, or undefined
 */
import type { EventColumns } from './store.ts';
import { perColumns } from './per-columns.ts';
import { nameArray } from './names.ts';

/** FNV-1a over the UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Slots: a power of two at least twice the ids, each a row or -1; linear probing. The first row of an id wins. */
export function rowTable(ids: readonly string[]): Int32Array {
  let size = 2;
  while (size < ids.length * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row] as string;
    let at = hash(id) & mask;
    for (let r = table[at] as number; r >= 0; r = table[at] as number) {
      if (ids[r] === id) break;
      at = (at + 1) & mask;
    }
    if ((table[at] as number) < 0) table[at] = row;
  }
  return table;
}

export const rowTableOf = perColumns((cols) => rowTable(nameArray(cols.ids)));

export function rowOf(cols: EventColumns, id: string): number | undefined {
  const table = rowTableOf(cols);
  const mask = table.length - 1;
  for (let at = hash(id) & mask; ; at = (at + 1) & mask) {
    const r = table[at] as number;
    if (r < 0) return undefined;
    if (cols.ids.at(r) === id) return r;
  }
}
