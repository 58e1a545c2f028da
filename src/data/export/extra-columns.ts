/**
 * The `extra` columns of an export: every key the events carry in `extra` that the layout does not
 * already write, appended after the standard columns, in first-seen order. A key is written as the
 * importer will read it back (`canonical`: ACLED headers are case-insensitive, spaces read as `_`);
 * a key that would then collide with a standard column or another key gets a `_2`, `_3`… suffix, so
 * no value is lost or lands in the wrong column on import.
 */
import type { ImportedEvent } from '../import/types.ts';

export type ExtraColumn = { key: string; header: string };

export function extraColumns(
  events: readonly ImportedEvent[],
  /** Keys the standard columns already write (consumed, not appended). */
  consumed: ReadonlySet<string>,
  /** Header names (canonical) an appended column must not take: the standard columns and their aliases. */
  reserved: ReadonlySet<string>,
  canonical: (key: string) => string,
): ExtraColumn[] {
  const seen = new Set<string>();
  const taken = new Set(reserved);
  const out: ExtraColumn[] = [];
  for (const e of events) {
    for (const key of Object.keys(e.extra)) {
      if (seen.has(key) || consumed.has(key)) continue;
      seen.add(key);
      const base = canonical(key) || 'extra';
      let header = base;
      for (let n = 2; taken.has(canonical(header)); n++) header = `${base}_${n}`;
      taken.add(canonical(header));
      out.push({ key, header });
    }
  }
  return out;
}

/** An extra value as text ('' when the event has none). */
export function extraValue(e: ImportedEvent, key: string): string {
  return Object.hasOwn(e.extra, key) ? String(e.extra[key]) : '';
}
