import type { IncidentProperties } from './schema.ts';

/** First and last day of the incident period (context records excluded), or null when there is none. */
export function dataExtent(records: Iterable<IncidentProperties>): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const r of records) {
    if (r.context) continue;
    first = Math.min(first, r.day);
    last = Math.max(last, r.day_end);
  }
  return Number.isFinite(first) ? [first, last] : null;
}
