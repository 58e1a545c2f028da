/**
 * Record ids: `date-place-claimant`, with -2, -3 … for repeats. Ids appear in share links and stories,
 * so a correction that would change one (a new claimant group, a new place) must not: data/raw/id-pins.csv
 * keeps the old id for that row. A pinned id that collides with another record's id is an error.
 */
import { slug } from './slug.ts';

type IdInput = { rowId: string; date: string; place_id: string | null; place_name: string; event_type: string; claimant: string };

export function makeIds(drafts: readonly IdInput[], pins: ReadonlyMap<string, string>): string[] {
  const pinned = new Set(pins.values());
  const seen = new Map<string, number>();
  const ids = drafts.map((d) => {
    const pin = pins.get(d.rowId);
    if (pin) return pin;
    const where = d.place_id ?? (slug(d.place_name, 28) || d.event_type.replace(/_/g, '-'));
    const base = `${d.date}-${where.replace(/_/g, '-')}-${d.claimant.replace(/_/g, '-')}`;
    // Skip numbers a pinned row already holds, so the rows that follow keep their ids.
    let n = seen.get(base) ?? 0;
    let id: string;
    do {
      n += 1;
      id = n === 1 ? base : `${base}-${n}`;
    } while (pinned.has(id));
    seen.set(base, n);
    return id;
  });
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`record id "${dup}" is used twice (check data/raw/id-pins.csv)`);
  return ids;
}
