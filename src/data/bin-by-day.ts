/**
 * Counts records per day over [first, last], one bin per day; a record with a date range counts
 * on each day it covers, so a two-night claim is not hidden in its first day.
 *
 * @example binByDay([{ day: 2, day_end: 3 }], 1, 3) // [{ day: 1, count: 0 }, { day: 2, count: 1 }, { day: 3, count: 1 }]
 */
import { range } from 'd3';

export type DayBin = { day: number; count: number };

export function binByDay(records: Iterable<{ day: number; day_end: number }>, first: number, last: number): DayBin[] {
  const bins = range(first, last + 1).map((day) => ({ day, count: 0 }));
  for (const r of records) {
    const start = Math.max(r.day, first);
    const end = Math.min(r.day_end, last);
    for (let d = start; d <= end; d++) {
      const bin = bins[d - first];
      if (bin) bin.count++;
    }
  }
  return bins;
}
